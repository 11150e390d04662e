"""The commands, one module each: flags in, one call to the library, rendered text out."""
