package nl.plein.mail.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A plain-text mail body as HTML for the outbox page: everything escaped, and web addresses made
 * into links, so the platform admin can follow a demo's confirmation link.
 */
public final class MailBody {

    /** http(s) up to white space or a character that cannot end an address in running text. */
    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");

    private MailBody() {}

    public static String toHtml(String body) {
        if (body == null) {
            return "";
        }
        var html = new StringBuilder();
        Matcher link = LINK.matcher(body);
        int last = 0;
        while (link.find()) {
            html.append(HtmlUtils.htmlEscape(body.substring(last, link.start())));
            String url = HtmlUtils.htmlEscape(link.group());
            html.append("<a class=\"utrecht-link\" rel=\"noopener noreferrer\" href=\"")
                    .append(url)
                    .append("\">")
                    .append(url)
                    .append("</a>");
            last = link.end();
        }
        html.append(HtmlUtils.htmlEscape(body.substring(last)));
        return html.toString();
    }
}
