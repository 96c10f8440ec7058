"""``frontoffice-admin``: the command line over the same services the window uses."""
