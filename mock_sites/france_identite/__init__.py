"""France Identité: the app where a person asks for the certification of their account."""
