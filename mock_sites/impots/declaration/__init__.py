"""The online income-tax return of 2021 (revenus 2020) in the espace particulier, and its rubrics."""
