"""What several features of the app share: the results list and its views, settings, messages,
thumbnails."""
