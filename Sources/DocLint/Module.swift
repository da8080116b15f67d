// The DocLint module; see Package.swift for what it owns.
