"""The web edition of the Mexico–U.S. Joint Communiqué of 28 December 2023.

`text` reads the communiqué, `record` loads and checks the data about it,
`pages` writes the Markdown of the pages derived from both.
"""
