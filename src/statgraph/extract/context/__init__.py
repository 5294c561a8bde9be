"""Who says it, and on whose behalf: quotes and speech frames (attribution), the frame of a
sentence, and the holders of what it states (subjects, pronouns, owners, doers)."""
