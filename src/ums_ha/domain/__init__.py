"""The UMS HA domain shared by the library and the site file: servers, services, names, DNS, every rule."""
