"""cmcert: course and assessment library for the « Community manager » certification."""
__version__ = "0.1.0"
