"""Team sync through a shared hub: the team key, this computer's keyring, and the hub."""
