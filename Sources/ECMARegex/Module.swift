// The ECMARegex module; see Package.swift for what it owns.
