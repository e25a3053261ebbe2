package dev.readout.bench.stories;

import java.util.List;

/**
 * A synthetic outlet: its name and the boilerplate it wraps every story in. Every story an outlet
 * carries shares these lines, which is the trap: boilerplate must not make two stories one.
 */
record Outlet(String name, List<String> header, List<String> footer) {

  static final List<Outlet> ALL =
      List.of(
          new Outlet("Global Times Daily",
              List.of("Home / World / Asia-Pacific", "Share this article on WeChat, Weibo and Twitter"),
              List.of("Copyright 1995 - 2021. All rights reserved. The content (including but not limited to text, photo, multimedia information, etc) published in this site belongs to Global Times Daily.",
                  "Most Viewed in 24 Hours")),
          new Outlet("The Morning Ledger",
              List.of("Subscribe now for unlimited access to breaking news, analysis and opinion from our correspondents around the world."),
              List.of("This material may not be published, broadcast, rewritten or redistributed without the express written permission of The Morning Ledger.",
                  "Follow us on Facebook and Twitter for the latest headlines and join the conversation in the comments below.")),
          new Outlet("Asia News Network", List.of("ASIA NEWS NETWORK | World"), List.of("Related: Sign up for our daily newsletter and get the top stories of the region delivered to your inbox every morning.")),
          new Outlet("Eurasia Review", List.of(), List.of("The views expressed in this article are the author's own and do not necessarily reflect the editorial policy of Eurasia Review, which publishes news and analysis from around the world.")),
          new Outlet("Daily Sentinel", List.of("Advertisement", "Story continues below advertisement"), List.of("Editing by the Daily Sentinel news desk. Send tips and corrections to our newsroom by email; we read every message.")),
          new Outlet("Metro Wire", List.of("Breaking | Politics | Business | Sport"), List.of("Copyright 2021 Metro Wire. All rights reserved.")),
          new Outlet("Pacific Post", List.of("By Pacific Post staff and wire reports"), List.of("We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse you agree to our use of cookies.")),
          new Outlet("Capital Observer", List.of(), List.of()),
          new Outlet("Northern Herald", List.of("Northern Herald | News"), List.of("Read more: the full coverage of this and other stories is available to subscribers of the Northern Herald, in print and online.")),
          new Outlet("Reuters", List.of(), List.of()));
}
