// The JSONFormats module; see Package.swift for what it owns.
