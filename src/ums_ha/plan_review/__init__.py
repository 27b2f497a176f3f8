"""Plan review and drift reports over Terraform's JSON plan format (``terraform show -json``).

- :mod:`.plan_file` reads and checks a plan into the :mod:`.model`, masking sensitive values;
- :mod:`.groups` says what each resource is to a UMS admin;
- :mod:`.risks` holds the risk rules, one per module;
- :mod:`.report` and :mod:`.markdown` build and render ``ums-ha review``;
- :mod:`.drift` and :mod:`.terraform_runner` serve ``ums-ha drift``.
"""
