"""The main window and what builds it: the tabs, the menus, the About box."""
