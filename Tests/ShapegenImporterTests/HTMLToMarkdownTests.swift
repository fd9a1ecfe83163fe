import Foundation
import ShapegenImporter
import ShapegenTestSupport
import Testing

private func md(_ html: String) -> String { HTMLToMarkdown.convert(html) }

// Serialized so that the corpus test's throughput is not measured against the other tests running alongside.
@Suite("HTMLToMarkdown", .serialized)
struct HTMLToMarkdownTests {
    // MARK: Blocks

    @Test func paragraphsAreSeparatedByBlankLines() {
        #expect(md("<p>One.</p> <p>Two.</p>") == "One.\n\nTwo.")
        #expect(md("<para>One.</para><para>Two.</para>") == "One.\n\nTwo.")
        #expect(md("<p>One.</p><p/><p>Two.</p>") == "One.\n\nTwo.")
    }

    @Test func whitespaceCollapsesLikeABrowser() {
        #expect(md("<p>  Lots \n of\t  space  </p>") == "Lots of space")
        #expect(md("a\u{00A0}&nbsp; b&#x2028;c") == "a b c")
        #expect(md("Just text, no tags.") == "Just text, no tags.")
    }

    @Test func emptyInputGivesEmptyOutput() {
        #expect(md("") == "")
        #expect(md("<p> </p>") == "")
        #expect(md("<zonbook></zonbook><xhtml></xhtml>") == "")
        #expect(md("<ul><li></li></ul><b></b><code> </code>") == "")
    }

    @Test func bulletAndOrderedLists() {
        #expect(md("<ul><li>a</li><li>b</li></ul>") == "- a\n- b")
        #expect(md("<ol><li>a</li><li>b</li></ol>") == "1. a\n2. b")
        let ten = (1...10).map { "<li><p>item \($0)</p></li>" }.joined()
        let expected = (1...10).map { "\($0). item \($0)" }.joined(separator: "\n")
        #expect(md("<ol>\(ten)</ol>") == expected)
        // Continuation lines are indented by the marker's width.
        #expect(
            md("<ol>\(ten.replacingOccurrences(of: "item 10</p>", with: "item 10</p><p>more</p>"))</ol>")
                == expected + "\n\n    more")
    }

    @Test func listItemsWithSeveralParagraphs() {
        #expect(md("<ul><li><p>a</p><p>b</p></li><li><p>c</p></li></ul>") == "- a\n\n  b\n- c")
    }

    @Test func listsAreSeparatedFromSurroundingParagraphs() {
        #expect(md("<p>Before:</p><ul><li>a</li></ul><p>After.</p>") == "Before:\n\n- a\n\nAfter.")
        // A list inside a paragraph, as AWS sometimes writes.
        #expect(md("<p>Scenarios: <ul><li>a</li></ul></p>") == "Scenarios:\n\n- a")
    }

    @Test func nestedListsAreIndented() {
        let html = """
            <p>The assesed nature of the event.</p> <ul> <li> <p>Values:</p> <ul> <li> <p> <code>HEALTHY</code> </p> \
            <ul> <li> <p>All <code>EventRules</code> are <code>ACTIVE</code>.</p> </li> </ul> </li> <li> <p> \
            <code>UNHEALTHY</code> </p> <ul> <li> <p>Some <code>EventRules</code> are <code>ACTIVE</code> and some are \
            <code>INACTIVE</code>.</p> </li> </ul> </li> </ul> </li> </ul>
            """
        #expect(
            md(html) == """
                The assesed nature of the event.

                - Values:
                  - `HEALTHY`
                    - All `EventRules` are `ACTIVE`.
                  - `UNHEALTHY`
                    - Some `EventRules` are `ACTIVE` and some are `INACTIVE`.
                """)
        #expect(md("<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>") == "1. a\n   - b\n2. c")
    }

    @Test func unclosedAndStrayListItems() {
        #expect(md("<ul><li>a<li>b</ul>") == "- a\n- b")
        #expect(md("<ul><li></li><li>a</li></ul>") == "- a")
        #expect(md("<li>stray</li>") == "- stray")
        #expect(md("</li></ul>text") == "text")
    }

    @Test func definitionLists() {
        #expect(
            md(
                """
                <p>Stream record format.</p> <dl> <dt>JSON</dt> <dd> <p>Stream records are formatted as JSON.</p> </dd> </dl>
                """) == "Stream record format.\n\n- **JSON**: Stream records are formatted as JSON.")
        #expect(
            md("<dl><dt>A</dt><dt>B</dt><dd>both</dd><dd>alone</dd><dt>C</dt></dl>")
                == "- **A**, **B**: both\n- alone\n- **C**")
        #expect(
            md("<dl><dt>Size</dt><dd><ul><li>1 GB</li><li>2 GB</li></ul></dd></dl>")
                == "- **Size**:\n  - 1 GB\n  - 2 GB")
    }

    @Test func tablesBecomeOneItemPerRow() {
        #expect(
            md("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td><p>2</p></td></tr></table>")
                == "- A | B\n- 1 | 2")
    }

    @Test func notesAndImportantBecomeAsides() {
        #expect(
            md(
                "<p>The broker's storage type.</p> <important><p>EFS is not supported for RabbitMQ engine type.</p></important>"
            )
                == "The broker's storage type.\n\n> Important: EFS is not supported for RabbitMQ engine type.")
        #expect(
            md(
                "<p> The name of the option group to be deleted. </p> <note>You cannot delete default option groups.</note>"
            )
                == "The name of the option group to be deleted.\n\n> Note: You cannot delete default option groups.")
        #expect(md("<note><p>a</p><p>b</p></note>") == "> Note: a\n>\n> b")
        #expect(md("<note><ul><li>a</li><li>b</li></ul></note>") == "> Note:\n>\n> - a\n> - b")
        #expect(md("<ul><li>a<note>b</note></li></ul>") == "- a\n\n  > Note: b")
    }

    @Test func headingsBecomeBoldLines() {
        #expect(md("<h3>Title</h3><p>Text.</p>") == "**Title**\n\nText.")
        #expect(md("<p class=\"title\"> <b>Supported impact codes</b> </p>") == "**Supported impact codes**")
        #expect(
            md("<fullname>Amazon API Gateway</fullname> <p>Helps developers.</p>")
                == "Amazon API Gateway\n\nHelps developers.")
    }

    @Test func lineBreaks() {
        #expect(
            md("<p><b>Important</b><br>If the value is zero, backups are turned off.</p>")
                == "**Important**\\\nIf the value is zero, backups are turned off.")
        #expect(md("a<br/><br/>b") == "a\n\nb")
        #expect(md("<br>a<br></p>") == "a")
        #expect(md("<ul><li>a<br>b</li></ul>") == "- a\\\n  b")
    }

    @Test func preformattedTextBecomesAFencedBlock() {
        #expect(
            md("<p>Example:</p><pre>\n  line 1\n    line 2   \n\n</pre><p>After.</p>")
                == "Example:\n\n```\nline 1\n  line 2\n```\n\nAfter.")
        #expect(md("<pre><code>a &lt;b&gt; *c*</code></pre>") == "```\na <b> *c*\n```")
        #expect(md("<pre>has ``` inside</pre>") == "````\nhas ``` inside\n````")
        #expect(md("<ul><li>Run:<pre>x\n\ny</pre></li></ul>") == "- Run:\n\n  ```\n  x\n\n  y\n  ```")
        #expect(md("<note><pre>x</pre></note>") == "> Note:\n>\n> ```\n> x\n> ```")
        #expect(md("<dl><dt>Example</dt><dd><pre>x</pre></dd></dl>") == "- **Example**:\n  ```\n  x\n  ```")
    }

    // MARK: Inline

    @Test func codeSpans() {
        #expect(
            md("<p>Default filtering returns only <code>RSA_2048</code> certificates.</p>")
                == "Default filtering returns only `RSA_2048` certificates.")
        // No Markdown escaping inside code.
        #expect(md("<code>a*b_c [d](e) &lt;f&gt; \\</code>") == "`a*b_c [d](e) <f> \\`")
        // A delimiter longer than any backtick run inside; never exactly two (a DocC symbol link).
        #expect(
            md("<code>$variable.`Vehicle.OutsideAirTemperature` &gt;= 105.0</code>")
                == "```$variable.`Vehicle.OutsideAirTemperature` >= 105.0```")
        #expect(md("<code>``x``</code>") == "``` ``x`` ```")
        #expect(md("<code>`</code>") == "``` ` ```")
        // Inner whitespace collapses; outer whitespace moves outside and is dropped before punctuation.
        #expect(md("x<code> a \n b </code>y") == "x `a b` y")
        #expect(
            md("<p>A unique identifier, consisting of <code> <i>account_id</i> </code>.</p>")
                == "A unique identifier, consisting of `account_id`.")
        #expect(md("<code>arn:aws:acm-pca:<i>region</i>:<i>account</i></code>") == "`arn:aws:acm-pca:region:account`")
        #expect(md("<code>a<br/>b</code>") == "`a b`")
        // Adjacent spans merge instead of making an unreadable backtick run.
        #expect(md("<code>Rule</code><code>s</code>") == "`Rules`")
        #expect(
            md("<filename>/dev/sdh</filename> and <function>ec2-import-volume</function>")
                == "`/dev/sdh` and `ec2-import-volume`")
    }

    @Test func linksInsideCodeWrapTheCodeSpan() {
        #expect(
            md(
                """
                <p>For more information, see <code> <a href="https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CredentialPair.html">CredentialPair</a> </code>.</p>
                """)
                == "For more information, see [`CredentialPair`](https://docs.aws.amazon.com/quicksight/latest/APIReference/API_CredentialPair.html)."
        )
        #expect(
            md("<code><a href=\"https://e.com\">Endpoint</a>.Address</code>") == "[`Endpoint`](https://e.com)`.Address`"
        )
        #expect(md("<code> <a>DeleteMessage</a>.</code>") == "`DeleteMessage.`")
    }

    @Test func links() {
        #expect(
            md("<a href=\"https://docs.aws.amazon.com/acm/latest/userguide/\">Certificate Manager User Guide</a>")
                == "[Certificate Manager User Guide](https://docs.aws.amazon.com/acm/latest/userguide/)")
        #expect(
            md("<a href='http://e.com/x?a=1&amp;b=2'>single quotes</a>") == "[single quotes](http://e.com/x?a=1&b=2)")
        #expect(md("<a href=\"API_Foo.html#bar\">relative</a>") == "[relative](API_Foo.html#bar)")
        #expect(md("<a href=\" /IAM/latest/UserGuide/x.html \">rooted</a>") == "[rooted](/IAM/latest/UserGuide/x.html)")
        #expect(
            md("<a href=\"https://e.com/Vehicle_(VSS) x\">parens</a>")
                == "[parens](https://e.com/Vehicle_%28VSS%29%20x)")
        // Only the text for other schemes, or without an href.
        #expect(md("<a href=\"mailto:someone@example.com\">write us</a>") == "write us")
        #expect(md("<a href=\"javascript:alert(1)\">click</a>") == "click")
        #expect(md("<p>An <a>XssMatchSet</a>.</p>") == "An XssMatchSet.")
        #expect(md("<a href=\"\">empty</a>") == "empty")
        #expect(md("<ulink url=\"http://e.com\">DocBook</ulink>") == "[DocBook](http://e.com)")
        #expect(
            md("<link linkend=\"GetAdministratorAccount\">GetAdministratorAccount</link>") == "GetAdministratorAccount")
        // Link text with brackets, formatting, nothing at all.
        #expect(md("<a href=\"https://e.com\">a [V2] <b>b</b></a>") == "[a \\[V2\\] **b**](https://e.com)")
        #expect(md("<a href=\"https://e.com\"> </a>x") == "x")
    }

    @Test func emphasis() {
        #expect(
            md("<b>bold</b> <strong>strong</strong> <i>i</i> <em>em</em> <emphasis>e</emphasis>")
                == "**bold** **strong** *i* *em* *e*")
        #expect(md("s3://<replaceable>bucket-name</replaceable>/") == "s3://*bucket-name*/")
        // Spaces move outside the delimiters; empty elements vanish; repeated ones are written once.
        #expect(md("a<b> x </b>b") == "a **x** b")
        #expect(md("a<b></b>b<i> </i>c") == "ab c")
        #expect(md("<b><b>x</b></b>") == "**x**")
        // Emphasis cannot span paragraphs, so it is closed and reopened.
        #expect(md("<b>a<p>b</p></b>") == "**a**\n\n**b**")
        // Misnested tags still give balanced Markdown.
        #expect(md("<b><i>x</b>y</i>") == "***x*** *y*")
        // A mark reopened right after it closed continues.
        #expect(md("<i>a</i><i>b</i>") == "*ab*")
        // A closing delimiter after punctuation needs a space before a letter to close at all.
        #expect(
            md("<p><b>Note:</b>The following constraints apply.</p>") == "**Note:** The following constraints apply.")
        #expect(md("word<b>(x)</b>") == "word **(x)**")
        #expect(md("<b>x.</b><i>(y)</i>") == "**x.** *(y)*")
        #expect(md("<b>foo<i>bar</i></b>") == "**foo*bar***")
        // Inside a `***` run, an opener between letters could close what is left of the run instead.
        #expect(md("<b><i>a</i> b<i>z</i></b>") == "***a* b *z***")
    }

    @Test func entities() {
        #expect(md("&lt;&gt;&amp;&quot;&apos;&#39;&#x27;") == "<>&\"'''")
        #expect(
            md("pending &#150; cancelling &#x96; &#8364; &#x1F600; &euro; &mdash;") == "pending – cancelling – € 😀 € —")
        #expect(md("&#0;&#xD800;&#99999999;") == "\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(md("&#65 &unknown; &amp") == "A \\&unknown; &amp")
        #expect(md("&#1;&#x7F;a") == "a")
    }

    // MARK: Escaping

    @Test func lineStartSyntaxIsEscaped() {
        #expect(md("<p># Not a heading</p>") == "\\# Not a heading")
        #expect(md("<p>- not a list</p>") == "\\- not a list")
        #expect(md("<p>+ not a list</p>") == "\\+ not a list")
        #expect(md("<p>* not a list</p>") == "\\* not a list")
        #expect(md("<p>1. not a list</p><p>2) either</p>") == "1\\. not a list\n\n2\\) either")
        #expect(md("<p>&gt; not a quote</p>") == "\\> not a quote")
        #expect(md("<p>---</p>") == "\\---")
        #expect(md("<p>[x] not a task</p>") == "\\[x] not a task")
        #expect(md("<p>_ _ _</p>") == "_ _ \\_")
        #expect(md("<p>_ . : / = + - @</p>") == "_ . : / = + - @")
        #expect(md("<p>@Directive</p>") == "\\@Directive")
        #expect(md("<ul><li>- item</li><li>1. item</li></ul>") == "- \\- item\n- 1\\. item")
        #expect(md("a<br>| --- |") == "a\\\n\\| --- |")
        // The same characters elsewhere stay as they are.
        #expect(md("<p>a - b + c # d > e 1. f</p>") == "a - b + c # d > e 1. f")
        #expect(md("<p>#hashtag -1 2.5</p>") == "#hashtag -1 2.5")
    }

    @Test func inlineSyntaxIsEscapedOnlyWhereItWouldRender() {
        #expect(md("<p>a * b</p>") == "a * b")
        #expect(md("<p>Use an asterisk (*) or *.example.com.</p>") == "Use an asterisk (\\*) or \\*.example.com.")
        #expect(md("<p>MY_VAR_NAME and [a-zA-Z0-9_.-]</p>") == "MY_VAR_NAME and [a-zA-Z0-9_.-]")
        #expect(md("<p>_private and trailing_</p>") == "\\_private and trailing_")
        #expect(md("<p>Use `ticks`</p>") == "Use \\`ticks\\`")
        #expect(md("<p>[a](b) and [c][d] and ![e]</p>") == "[a\\](b) and [c][d] and ![e]")
        #expect(md("<p>Wow!<a href=\"https://e.com\">link</a> and ![x]</p>") == "Wow\\![link](https://e.com) and ![x]")
        #expect(
            md("<p>key &lt;action&gt; and a &lt; b and &lt;5@x.io&gt;</p>")
                == "key \\<action> and a < b and \\<5@x.io>")
        #expect(md("<p>x &lt;= 5, &lt;=@x&gt; and &lt;a_b@c&gt;</p>") == "x <= 5, \\<=@x> and \\<a_b@c>")
        #expect(md("<p>AT&amp;T and &amp;lt;</p>") == "AT&T and \\&lt;")
        #expect(md("<p>C:\\Temp and \\*</p>") == "C:\\Temp and \\\\*")
        #expect(md("<p>\\*x</p>") == "\\\\\\*x")
        #expect(md("<p>approximately ~45 kbit/s, ~ 5</p>") == "approximately \\~45 kbit/s, ~ 5")
        // DocC's smart punctuation would turn `--` before a word into a dash.
        #expect(md("<p>use --next-token -- or not</p>") == "use -\\-next-token -- or not")
    }

    @Test func unescapedPlaceholdersAreKeptAsText() {
        #expect(
            md("<p>arn:aws:inspector2:<region>:<account-id>:codesecurity-integration/<uuid></p>")
                == "arn:aws:inspector2:\\<region>:\\<account-id>:codesecurity-integration/\\<uuid>")
        #expect(
            md("track: <Role schemeIDUri=\"urn:mpeg:dash:role:2011\" value=\"subtitle\"/>.")
                == "track: \\<Role schemeIDUri=\"urn:mpeg:dash:role:2011\" value=\"subtitle\"/>.")
        #expect(md("<code>arn:<partition>:s3</code>") == "`arn:<partition>:s3`")
        // Unknown tags that are closed only contribute their text.
        #expect(md("<p>Example: <copy>mydbinstance</copy></p>") == "Example: mydbinstance")
    }

    // MARK: Real AWS samples

    struct Sample: CustomTestStringConvertible, Sendable {
        var html: String
        var markdown: String
        var testDescription: String { String(html.prefix(40)) }
    }

    static let awsSamples: [Sample] = [
        Sample(
            html: """
                <p>Attaches an existing object to another object. An object can be accessed in two ways:</p> <ol> \
                <li> <p>Using the path</p> </li> <li> <p>Using <code>ObjectIdentifier</code> </p> </li> </ol>
                """,
            markdown: """
                Attaches an existing object to another object. An object can be accessed in two ways:

                1. Using the path
                2. Using `ObjectIdentifier`
                """),
        Sample(
            html: """
                <p>The authorization type that the HTTP endpoint requires.</p> <ul> <li> <p> <b>AWS_IAM</b>: The \
                authorization type is Signature Version 4 (SigV4).</p> </li> </ul>
                """,
            markdown: """
                The authorization type that the HTTP endpoint requires.

                - **AWS_IAM**: The authorization type is Signature Version 4 (SigV4).
                """),
        Sample(
            html: """
                <p>The impact of the incident on customers and applications.</p> <p class="title"> <b>Supported \
                impact codes</b> </p> <ul> <li> <p> <code>1</code> - Critical</p> </li> <li> <p> <code>2</code> - \
                High</p> </li> </ul>
                """,
            markdown: """
                The impact of the incident on customers and applications.

                **Supported impact codes**

                - `1` - Critical
                - `2` - High
                """),
        Sample(
            html: """
                <p>Creates an import instance task using metadata from the specified disk image. After importing the \
                image, you then upload it using the <function>ec2-import-volume</function> command in the EC2 command \
                line tools. For more information, see <ulink \
                url="http://docs.aws.amazon.com/AWSEC2/latest/UserGuide/UploadingYourInstancesandVolumes.html">Using \
                the Command Line Tools to Import Your Virtual Machine to Amazon EC2</ulink> in the <emphasis>Amazon \
                Elastic Compute Cloud User Guide</emphasis>.</p>
                """,
            markdown: """
                Creates an import instance task using metadata from the specified disk image. After importing the \
                image, you then upload it using the `ec2-import-volume` command in the EC2 command line tools. For \
                more information, see [Using the Command Line Tools to Import Your Virtual Machine to Amazon \
                EC2](http://docs.aws.amazon.com/AWSEC2/latest/UserGuide/UploadingYourInstancesandVolumes.html) in the \
                *Amazon Elastic Compute Cloud User Guide*.
                """),
        Sample(
            html: """
                <p>The name of the security group.</p> <p>Constraints for EC2-VPC: a-z, A-Z, 0-9, spaces, and \
                ._-:/()#,@[]+=<![CDATA[&amp;]]>;{}!$*</p>
                """,
            markdown: """
                The name of the security group.

                Constraints for EC2-VPC: a-z, A-Z, 0-9, spaces, and .\\_-:/()#,@[]+=&;{}!$*
                """),
        Sample(
            html: """
                <p> <pre><code> The structure representing the \
                &lt;code&gt;removePermissionRequest&lt;/code&gt;.&lt;/p&gt; </code></pre>
                """,
            markdown: """
                ```
                The structure representing the <code>removePermissionRequest</code>.</p>
                ```
                """),
        Sample(
            html: """
                <p>The current status of the global cluster. Possible values are as follows:</p> <ul> <li> \
                <p>pending &#150; The service received a request.</p> </li> <li> <p>failing-over &#150; Aurora is \
                promoting the chosen secondary Aurora DB cluster.</p> </li> </ul>
                """,
            markdown: """
                The current status of the global cluster. Possible values are as follows:

                - pending – The service received a request.
                - failing-over – Aurora is promoting the chosen secondary Aurora DB cluster.
                """),
        Sample(
            html: """
                <p>(Deprecated) Retrieves information about the Amazon Macie administrator account for an account. \
                This operation has been replaced by the <link  linkend="GetAdministratorAccount">GetAdministratorAccount\
                </link> operation.</p>
                """,
            markdown: """
                (Deprecated) Retrieves information about the Amazon Macie administrator account for an account. This \
                operation has been replaced by the GetAdministratorAccount operation.
                """),
        Sample(
            html: """
                <p>The requested resource can't be found.</p> <p> <u>Examples</u> </p>
                """,
            markdown: "The requested resource can't be found.\n\nExamples"),
        Sample(
            html: """
                <p>Defines the value within the context. e.g. &lt;key=reason, value=training&gt;.</p>
                """,
            markdown: "Defines the value within the context. e.g. \\<key=reason, value=training>."),
        Sample(
            html: "<p>AWS region identifier or wildcard (*) for SigV4a multi-region signing.</p>",
            markdown: "AWS region identifier or wildcard (\\*) for SigV4a multi-region signing."),
        Sample(
            html: "Maximum bitrate, e.g. 'MAX_20_MBPS'",
            markdown: "Maximum bitrate, e.g. 'MAX_20_MBPS'"),
        Sample(
            html: """
                <p>The default instance metadata service (IMDS) settings that were set at the account level in the \
                specified Amazon Web Services&#x2028; Region.</p>
                """,
            markdown: """
                The default instance metadata service (IMDS) settings that were set at the account level in the \
                specified Amazon Web Services Region.
                """),
        Sample(
            html: """
                <p>You can use <code>SendMessageBatch</code> to send up to 10 messages. This is a batch version of \
                <code> <a>SendMessage</a>.</code> For a FIFO queue, multiple messages are enqueued in order.</p>
                """,
            markdown: """
                You can use `SendMessageBatch` to send up to 10 messages. This is a batch version of \
                `SendMessage.` For a FIFO queue, multiple messages are enqueued in order.
                """),
        Sample(
            html: """
                <p>The logical expression used to recognize what data to collect. For example, \
                <code>$variable.`Vehicle.OutsideAirTemperature` &gt;= 105.0</code>.</p>
                """,
            markdown: """
                The logical expression used to recognize what data to collect. For example, \
                ```$variable.`Vehicle.OutsideAirTemperature` >= 105.0```.
                """),
        Sample(
            html: """
                <p><fullname>Certificate Manager</fullname> <p>You can use Certificate Manager (ACM) to manage \
                SSL/TLS certificates. For more information about using ACM, see the <a \
                href="https://docs.aws.amazon.com/acm/latest/userguide/">Certificate Manager User Guide</a>.</p></p>
                """,
            markdown: """
                Certificate Manager

                You can use Certificate Manager (ACM) to manage SSL/TLS certificates. For more information about \
                using ACM, see the [Certificate Manager User Guide](https://docs.aws.amazon.com/acm/latest/userguide/).
                """),
        Sample(
            html: """
                <p>Possible values are the following:</p> <dl> <dt>STANDARD_8GB</dt> <dd> <ul> <li> <p>vCPUs: 4</p> \
                </li> <li> <p>Memory: 8 GiB</p> </li> </ul> </dd> <dt>LARGE_16GB</dt> <dd> <ul> <li> <p>vCPUs: \
                8</p> </li> </ul> </dd> </dl>
                """,
            markdown: """
                Possible values are the following:

                - **STANDARD_8GB**:
                  - vCPUs: 4
                  - Memory: 8 GiB
                - **LARGE_16GB**:
                  - vCPUs: 8
                """),
    ]

    @Test(arguments: awsSamples)
    func awsSample(_ sample: Sample) {
        #expect(md(sample.html) == sample.markdown)
    }

    // MARK: Robustness

    /// Broken or hostile input never crashes, and keeps its words.
    @Test(
        arguments: [
            ("<p>unclosed <b>bold <i>and italic", ["unclosed", "bold", "italic"]),
            ("</p></ul></li></b>stray closers</note>", ["stray", "closers"]),
            ("a < b and c <d and <e f=\"g", ["a", "b", "c", "d", "e", "f"]),
            ("<a href=\"https://e.com\">never closed", ["never", "closed"]),
            ("<!-- unclosed comment and text", ["unclosed", "comment", "text"]),
            ("<![CDATA[ unclosed cdata", ["unclosed", "cdata"]),
            ("<pre>unclosed pre\n  keeps lines", ["unclosed", "pre", "keeps", "lines"]),
            ("<code>unclosed code", ["unclosed", "code"]),
            ("<<<>>>&&&;;;&#;&#x;&#xZZ;", ["&#;", "&#x;"]),
            ("<p attr=\"<p>\">quoted lt</p>", ["quoted", "lt"]),
            ("<dd>definition without term<dt>term without definition", ["definition", "term"]),
            ("<td>cell</td><tr>row</tr>", ["cell", "row"]),
            ("<</<a<b<c>>text", ["text"]),
        ] as [(String, [String])])
    func brokenHTMLKeepsItsText(_ html: String, _ words: [String]) {
        let output = md(html)
        for word in words { #expect(output.contains(word), "\(word) missing from \(output)") }
        #expect(!hasTrailingWhitespace(output))
    }

    @Test func deepNestingStaysBounded() {
        let depth = 5_000
        let lists = String(repeating: "<ul><li>x", count: depth)
        let output = md(lists)
        #expect(output.split(separator: "\n").count == depth)
        // Nesting beyond the limit is flattened, so the output does not grow quadratically.
        #expect(output.utf8.count < depth * 100)
        let marks = String(repeating: "<b><i><a href=\"https://e.com\">", count: depth) + "deep"
        #expect(md(marks) == "***[deep](https://e.com)***")
        #expect(md(String(repeating: "<note>", count: depth) + "q").hasSuffix("q"))
    }

    @Test func pathologicalMarkupIsLinear() {
        // Each of these would be quadratic with naive searching for the end of a tag or comment.
        let count = 50_000
        for html in [
            String(repeating: "<a", count: count), String(repeating: "<!--", count: count),
            String(repeating: "<![CDATA[", count: count), String(repeating: "<x y=\"", count: count),
            String(repeating: "&#1234567890", count: count), String(repeating: "<unknown>", count: count),
        ] {
            let output = md(html)
            #expect(!output.isEmpty)
        }
    }

    @Test func outputIsDeterministic() {
        let html = Self.awsSamples.map(\.html).joined()
        #expect(md(html) == md(html))
    }

    // MARK: Corpus

    /// Converts every documentation string of the largest botocore model (ec2), when botocore is installed, and
    /// checks the invariants; the throughput is printed.
    @Test func convertsTheEC2Model() async throws {
        guard let docs = await Self.botocoreDocumentation(service: "ec2") else {
            print("HTMLToMarkdown: botocore not importable, skipping the ec2 corpus test")
            return
        }
        #expect(docs.count > 10_000)
        var bytes = 0
        var outputs: [String] = []
        outputs.reserveCapacity(docs.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            for doc in docs {
                bytes += doc.utf8.count
                outputs.append(md(doc))
            }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            "HTMLToMarkdown: \(docs.count) ec2 docs, \(bytes) bytes in \(seconds) s: \(Double(bytes) / seconds / 1e6) MB/s"
        )
        for (doc, output) in zip(docs, outputs) {
            #expect(!hasTrailingWhitespace(output), "\(doc)")
            #expect(!output.hasPrefix("\n") && !output.hasSuffix("\n"), "\(doc)")
            #expect(!output.contains("\n\n\n") || output.contains("```"), "\(doc)")
        }
    }

    /// Every `documentation` string of a botocore service model, read by botocore's own Python.
    static func botocoreDocumentation(service: String) async -> [String]? {
        let script = """
            import botocore, glob, gzip, json, os, sys
            root = os.path.join(os.path.dirname(botocore.__file__), 'data', sys.argv[1])
            docs = []
            def walk(o):
                if isinstance(o, dict):
                    for k, v in o.items():
                        if k == 'documentation' and isinstance(v, str): docs.append(v)
                        else: walk(v)
                elif isinstance(o, list):
                    for v in o: walk(v)
            for f in sorted(glob.glob(root + '/*/service-2.json.gz'))[-1:]:
                walk(json.load(gzip.open(f)))
            json.dump(docs, sys.stdout)
            """
        guard
            let result = try? await ChildProcess.run(
                URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", script, service]),
            result.status == 0
        else { return nil }
        return try? JSONDecoder().decode([String].self, from: Data(result.standardOutput.utf8))
    }
}

private func hasTrailingWhitespace(_ text: String) -> Bool {
    text.split(separator: "\n", omittingEmptySubsequences: false).contains { $0.last == " " || $0.last == "\t" }
}
