// The GraphDocs module; see Package.swift for what it owns.
