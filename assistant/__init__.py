"""Interdependence Coach: a grounded relationship-coaching assistant.

Importing this package has no side effects; heavy dependencies load lazily.
"""

__version__ = "0.1.0"
