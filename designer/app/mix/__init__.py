"""Running the mix: the session controller, the connection (endpoint, APPID, key), the Mix
panel, the request log and the auto-mix dialog."""
