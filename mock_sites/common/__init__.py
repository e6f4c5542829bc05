"""What every mock site shares: clock, storage, mail, identities, site runner, base template."""
