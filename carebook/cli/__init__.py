"""The `carebook` command: the window by default, and sub-commands without one."""
