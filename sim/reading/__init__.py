"""Reading trainee turns: acts, context, the word matcher, terms, need words and explanations."""
