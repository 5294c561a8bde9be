"""Round twelve's event forms, and the proposals near them: visits told by a speaking participle
or at an event abroad, meetings hung on their setting, members of a body a group noun includes,
a courtesy offered that proposes nothing, and more. Behaviour on sentences of our own (the whole
reading, with the rules' own confidences)."""

from __future__ import annotations

from conftest import has_triple, pairs_of, triples_of


def test_a_person_speaking_abroad_in_a_participle_set_off_by_commas_visited() -> None:
    text = "Ruto, speaking to reporters in Addis Ababa on Monday, said the dam was safe."
    assert ("William_Ruto", "Ethiopia") in pairs_of(text, "visited")
    # at home, or a speech still to come, is no visit
    assert not pairs_of("Ruto, speaking to reporters in Nairobi on Monday, said the dam was safe.", "visited")
    text = "Ruto, who will be speaking in Addis Ababa next week, said the dam was safe."
    assert not pairs_of(text, "visited")


def test_a_person_speaking_during_a_press_conference_abroad_visited() -> None:
    text = "During a press conference in Addis Ababa, Ruto asserted that the dam was safe."
    assert ("William_Ruto", "Ethiopia") in pairs_of(text, "visited")
    assert not pairs_of("During a press conference in Nairobi, Ruto asserted that the dam was safe.", "visited")


def test_the_head_of_an_international_body_abroad_visited_but_not_at_its_seat() -> None:
    text = "IAEA chief Rafael Grossi told reporters in Washington that the talks were stalled."
    assert ("Rafael_Grossi", "United_States") in pairs_of(text, "visited")
    text = "Josep Borrell, who is in Stockholm for a meeting of EU ministers, said the law was a mistake."
    assert ("Josep_Borrell", "Sweden") in pairs_of(text, "visited")
    # the body's own seat is home: Vienna for the IAEA, Brussels for the EU, New York for the UN
    assert not pairs_of("IAEA chief Rafael Grossi told reporters in Vienna that the talks were stalled.", "visited")
    text = "Josep Borrell, who is in Brussels for a meeting of EU ministers, said the law was a mistake."
    assert not pairs_of(text, "visited")
    text = "UN Secretary-General Antonio Guterres told reporters in New York that the war must end."
    assert not pairs_of(text, "visited")
    # a trip still to come is none
    assert not pairs_of("Rafael Grossi will speak to reporters in Tehran next week.", "visited")


def test_who_signed_a_pact_in_a_place_away_from_home_visited_it() -> None:
    text = (
        "The agreement was signed in Nairobi on Thursday by Kenyan President William Ruto and "
        "Ethiopian Prime Minister Abiy Ahmed."
    )
    assert ("William_Ruto", "Abiy_Ahmed") in pairs_of(text, "met_with")
    assert pairs_of(text, "visited") == {("Abiy_Ahmed", "Kenya")}
    text = (
        "The agreement will be signed in Nairobi next week by Kenyan President William Ruto and "
        "Ethiopian Prime Minister Abiy Ahmed."
    )
    assert not pairs_of(text, "visited")


def test_a_body_made_up_of_states_has_them_as_members() -> None:
    members = {("Kenya", "East_African_Community"), ("Uganda", "East_African_Community")}
    text = "The East African Community met on Monday. The bloc, made up of Kenya and Uganda, backed the plan."
    assert members <= pairs_of(text, "member_of")
    assert members <= pairs_of("The East African Community is made up of Kenya and Uganda.", "member_of")
    assert members <= pairs_of("The East African Community, comprising Kenya and Uganda, backed the plan.", "member_of")
    # "made" without "up", a body that is no organisation, or a denial name no member
    assert not pairs_of("The East African Community made a mockery of Kenya and Uganda.", "member_of")
    assert not pairs_of("The delegation was made up of officials from Kenya and Uganda.", "member_of")
    assert not pairs_of("The East African Community is not made up of Kenya and Egypt.", "member_of")


def test_a_visiting_participle_set_off_by_commas_is_a_visit() -> None:
    assert ("William_Ruto", "Ethiopia") in pairs_of("Ruto, visiting Ethiopia, said the dam was safe.", "visited")
    assert not pairs_of("Ruto, planning to visit Ethiopia, said the dam was safe.", "visited")


def test_who_visits_or_greets_a_person_meets_them() -> None:
    assert ("William_Ruto", "Abiy_Ahmed") in pairs_of("Ruto visited Abiy Ahmed at his office.", "met_with")
    assert not pairs_of("Ruto will visit Abiy Ahmed next week.", "met_with")
    assert not pairs_of("Ruto did not visit Abiy Ahmed.", "met_with")
    text = "Ruto was greeted by Abiy Ahmed at the airport in Addis Ababa."
    assert ("Abiy_Ahmed", "William_Ruto") in pairs_of(text, "met_with")
    assert ("William_Ruto", "Ethiopia") in pairs_of(text, "visited")
    assert not pairs_of("Kenya greeted the decision with relief.", "met_with")


def test_who_leaves_a_place_away_from_home_had_visited_it() -> None:
    text = "Ruto left Addis Ababa on Monday after a two-day stay."
    assert pairs_of(text, "visited") == {("William_Ruto", "Ethiopia")}
    assert not pairs_of("Ruto left Nairobi on Monday.", "visited")  # home
    assert not pairs_of("Ruto will leave Addis Ababa on Monday.", "visited")
    assert not pairs_of("The war left Ethiopia in ruins.", "visited")


def test_an_address_sent_by_video_meets_no_one() -> None:
    text = "Ruto, addressing the lawmakers via a pre-recorded video statement, said the war must end."
    assert not pairs_of(text, "met_with")
    assert pairs_of("Ruto, addressing Kenyan lawmakers in Nairobi, said the war must end.", "met_with")


def test_a_membership_noun_names_one_held_but_not_one_sought_or_fought() -> None:
    assert ("Finland", "NATO") in pairs_of("Finland's entry into NATO angered Moscow.", "member_of")
    assert ("Finland", "NATO") in pairs_of("Finland's NATO membership angered Moscow.", "member_of")
    assert not pairs_of("Russia opposes Ukraine's membership of NATO.", "member_of")
    assert not pairs_of("Ukraine's future membership of NATO angered Moscow.", "member_of")
    assert not pairs_of("Ukraine's NATO membership bid angered Moscow.", "member_of")


def test_states_a_group_noun_includes_are_members_of_the_body_it_names() -> None:
    text = "BRICS, a group of emerging economies including Brazil and India, met in Durban."
    assert pairs_of(text, "member_of") == {("Brazil", "BRICS"), ("India", "BRICS")}
    assert pairs_of("NATO allies including Poland and Lithuania sent troops.", "member_of") == {
        ("Poland", "NATO"),
        ("Lithuania", "NATO"),
    }
    # a noun that names no body, or a body's act, includes no members
    assert not pairs_of("Sanctions on countries including Iran and Syria were lifted.", "member_of")
    assert not pairs_of("NATO exercises including Poland and Lithuania began.", "member_of")


def test_a_partner_hung_on_the_meetings_setting_is_met() -> None:
    text = (
        "President William Ruto met behind closed doors with President Abiy Ahmed of Ethiopia at "
        "State House, Nairobi on Sunday night."
    )
    assert ("William_Ruto", "Abiy_Ahmed") in pairs_of(text, "met_with")
    text = (
        "President William Ruto did not meet behind closed doors with President Abiy Ahmed of "
        "Ethiopia at State House on Sunday night."
    )
    assert not pairs_of(text, "met_with")


def test_attendance_at_an_event_that_took_place_abroad_is_a_visit() -> None:
    text = (
        "The summit took place in Baku on Monday. The event was attended by some 80 heads of state, "
        "including Kenyan President William Ruto and Ugandan President Yoweri Museveni."
    )
    assert pairs_of(text, "visited") == {("William_Ruto", "Azerbaijan"), ("Yoweri_Museveni", "Azerbaijan")}
    text = (
        "The summit took place in Baku on Monday. Representatives of international organizations "
        "also participated in the summit, including UN Secretary-General Antonio Guterres."
    )
    assert ("Antonio_Guterres", "Azerbaijan") in pairs_of(text, "visited")
    text = "Kenyan President William Ruto participated in the summit in Addis Ababa."
    assert ("William_Ruto", "Ethiopia") in pairs_of(text, "visited")
    # still to come, or at home, is no visit
    assert not pairs_of("Kenyan President William Ruto will participate in the summit in Addis Ababa.", "visited")
    assert not pairs_of("Kenyan President William Ruto participated in the summit in Nairobi.", "visited")


def test_any_act_done_at_an_event_abroad_shows_a_visit() -> None:
    text = "At a summit in Addis Ababa on Monday, Ruto signed a trade deal."
    assert ("William_Ruto", "Ethiopia") in pairs_of(text, "visited")
    text = "At a meeting of regional leaders in Addis Ababa on Monday, Ruto suggested a truce."
    assert ("William_Ruto", "Ethiopia") in pairs_of(text, "visited")
    # an act still to come or only possible, or one at home, is none
    assert not pairs_of("At a summit in Addis Ababa next week, Ruto will sign a trade deal.", "visited")
    assert not pairs_of("At a summit in Addis Ababa, Ruto could sign a trade deal.", "visited")
    assert not pairs_of("At a summit in Nairobi on Monday, Ruto signed a trade deal.", "visited")


def test_a_named_site_visited_is_a_place_visited() -> None:
    text = "IAEA chief Rafael Grossi toured the Zaporizhzhia nuclear power plant on Monday."
    assert ("Rafael_Grossi", "Zaporizhzhia_nuclear_power_plant") in pairs_of(text, "visited")
    # a site with no name of its own, or a visit still to come, is none
    assert not pairs_of("Ruto visited the site on Monday.", "visited")
    assert not pairs_of("Ruto will visit the Lamu port next week.", "visited")


def test_an_act_told_by_a_gerund_of_means_is_the_clause_subjects() -> None:
    assert ("Russia", "Belarus") in pairs_of("Russia responded by sending troops to Belarus.", "deployed_to")
    text = "The United States raised tensions by deploying bombers in South Korea."
    assert ("United_States", "South_Korea") in pairs_of(text, "deployed_to")
    # "without" tells an act not done
    assert not pairs_of("Russia responded without sending troops to Belarus.", "deployed_to")


def test_a_leaders_invasion_is_their_states() -> None:
    assert pairs_of("Putin's invasion of Ukraine angered Kyiv.", "deployed_to") == {("Russia", "Ukraine")}
    assert not pairs_of("Putin's possible invasion of Ukraine angered Kyiv.", "deployed_to")


def test_a_visit_to_a_person_abroad_flight_and_a_seated_body_attended_are_visits() -> None:
    text = "Macron defended French farmers as he visits President William Ruto in Nairobi."
    assert ("Emmanuel_Macron", "Kenya") in pairs_of(text, "visited")
    assert not pairs_of("Macron visited President William Ruto in Paris.", "visited")  # at home
    assert ("Abiy_Ahmed", "Kenya") in pairs_of("Abiy Ahmed resigned and fled to Kenya.", "visited")
    text = "Attending the United Nations General Assembly last week, Ruto said the war must end."
    assert ("William_Ruto", "New_York") in pairs_of(text, "visited")
    # a body with more than one seat, or a summit that is no body, gives no place
    assert not pairs_of("Attending the European Union summit last week, Ruto said the war must end.", "visited")


def test_a_state_admitted_with_no_body_named_is_admitted_to_the_one_named_before() -> None:
    text = "This is the EAC's first expansion since Uganda was admitted in 2000."
    assert ("Uganda", "EAC") in pairs_of(text, "member_of")
    assert not pairs_of("This is the EAC's first expansion since Uganda was admitted to hospital.", "member_of")
    assert not pairs_of("The EAC said Uganda will be admitted next year.", "member_of")


def test_a_courtesy_offered_is_no_proposal() -> None:
    assert not pairs_of("Ruto offered condolences to the families.", "proposes")
    assert not pairs_of("Ruto told reporters, offering his condolences to the victims.", "proposes")
    assert has_triple(triples_of("Ruto offered a peace plan."), "William_Ruto", "proposes", "plan")


def test_threats_against_someone_are_warnings_given() -> None:
    assert ("William_Ruto", "Ethiopia") in pairs_of("Ruto's threats against Ethiopia angered Addis Ababa.", "warns")
    # a threat to someone with no giver named is a danger, not a warning
    assert not pairs_of("China's threat to Taiwan worries Tokyo.", "warns")


def test_an_event_that_will_give_something_pledges_nothing() -> None:
    text = "Tokayev noted that Mirziyoyev's visit will give impetus to the development of cooperation."
    assert not pairs_of(text, "proposes")
    assert has_triple(triples_of("Kenya will provide assistance to the police."), "Kenya", "proposes", "assistance")


def test_an_act_at_an_event_in_a_city_of_ones_own_state_shows_no_visit() -> None:
    text = "Canadian Foreign Minister Melanie Joly spoke with Antony Blinken during the G7 gathering in Quebec."
    visits = pairs_of(text, "visited")  # Quebec lies in Canada (actors.toml [cities]): no visit by Joly
    assert not {pair for pair in visits if pair[0] == "Melanie_Joly"}
    assert ("Antony_Blinken", "Quebec") in visits
    text = "Kenyan President William Ruto spoke with Abiy Ahmed during the summit in Addis Ababa."
    assert ("William_Ruto", "Ethiopia") in pairs_of(text, "visited")

def test_a_person_belongs_to_the_party_the_text_gives_them() -> None:
    text = "The motion was backed by Ruto's United Democratic Alliance Party."
    assert ("William_Ruto", "United_Democratic_Alliance_Party") in pairs_of(text, "member_of")
    text = "Raila Odinga, of the Orange Democratic Party, won the vote."
    assert ("Raila_Odinga", "Orange_Democratic_Party") in pairs_of(text, "member_of")
    text = "Ruto's Jubilee-Alliance party won the vote."
    assert ("William_Ruto", "Jubilee_Alliance_party") in pairs_of(text, "member_of")
    # a party named by no name of its own, or one "of" a state, names no membership
    assert not pairs_of("Ruto's party won the vote.", "member_of")
    assert not pairs_of("The ruling party of Kenya won the vote.", "member_of")


def test_a_city_that_stands_for_a_body_is_visited_as_the_city() -> None:
    assert pairs_of("Ruto visited Brussels on Monday.", "visited") == {("William_Ruto", "Brussels")}


def test_other_members_with_no_body_named_belong_to_the_one_told_of() -> None:
    text = "NATO met on Monday. Other members, including Finland and Latvia, have also reported violations."
    assert pairs_of(text, "member_of") == {("Finland", "NATO"), ("Latvia", "NATO")}
    # members of something else, or with no body told of, are none
    text = "NATO met on Monday. Other members of the coalition, including Finland and Latvia, backed it."
    assert not pairs_of(text, "member_of")
    assert not pairs_of("Other members, including Finland and Latvia, have also reported violations.", "member_of")
