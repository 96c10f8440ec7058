"""The dashboard (统计看板): the site's figures as charts, each a click from the list behind it."""
