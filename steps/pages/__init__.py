"""Page objects: one class per page, role and label locators, methods named for what a person does."""
