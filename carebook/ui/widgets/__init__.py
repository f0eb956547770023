"""Small widgets the window's parts share."""
