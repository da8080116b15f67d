print("doclint: not yet implemented")
