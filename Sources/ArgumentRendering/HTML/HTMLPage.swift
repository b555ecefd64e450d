/// What every HTML page argmap writes (the map viewer, a rendered Markdown file) begins with.
package enum HTMLPage {
    /// The doctype, `<html lang="en">`, the opening `<head>` and its character set and viewport `<meta>`s, one a
    /// line, without a final line break: the page goes on with its `<title>`.
    package static let documentStart = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        """
}
