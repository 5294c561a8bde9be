"""Roles: holds_role from titles, appositions, counterparts and copulas; names and offices."""
