"""`python -m parcours etapes`: every step of the library, in French, with its parameters and an example."""
