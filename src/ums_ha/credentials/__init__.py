"""The credentials read from the environment, and hiding them (and URL passwords) in text shown."""
