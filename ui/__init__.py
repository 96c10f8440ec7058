"""The Qt face of FrontOffice: main window, one module per tab, dialogs, models, printing."""
