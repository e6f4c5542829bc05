"""The federation of FranceConnect: the identity-provider and service roles a site can take, how the
run registers them with one another, and the hub's client side.

Built on `mock_sites.common` (storage, OIDC provider and client); nothing in `common` imports it.
"""
