"""Events and structure: deployments, visits, meetings, membership, acts of cooperation and
initiatives, and the places they happen in."""
