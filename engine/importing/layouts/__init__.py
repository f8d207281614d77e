"""Layout recognisers: each reads one shape of programme from a Document into a RawProgramme."""
