package cn.sangang.platform.zone.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import cn.sangang.platform.zone.Bureau;
import cn.sangang.platform.zone.Membership;
import cn.sangang.platform.zone.PartyMember;
import cn.sangang.platform.zone.PeopleFound;
import cn.sangang.platform.zone.Unit;
import cn.sangang.platform.zone.UnitMembership;
import cn.sangang.platform.zone.ZoneExample;

/** zone-service's example answers read into the records the services use, with every field they read present. */
class ZoneExamplesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_person_example_names_the_person_their_membership_their_unit_and_the_unit_they_head() {
        Membership person = JSON.readValue(ZoneExample.PERSON.json(), Membership.class);

        assertThat(person).hasNoNullFieldsOrProperties();
        assertThat(person.partyMember()).isTrue();
        assertThat(person.active()).isTrue();
    }

    @Test
    void a_lookup_example_names_the_people_found_and_the_numbers_not_on_the_roster() {
        PeopleFound found = JSON.readValue(ZoneExample.PEOPLE_LOOKUP.json(), PeopleFound.class);

        assertThat(found.people()).singleElement().hasNoNullFieldsOrProperties();
        assertThat(found.notOnRoster()).singleElement().isNotNull();
    }

    @Test
    void a_unit_membership_example_names_the_unit_and_each_of_its_people() {
        UnitMembership unit = JSON.readValue(ZoneExample.UNIT_MEMBERSHIP.json(), UnitMembership.class);

        assertThat(unit).hasNoNullFieldsOrProperties();
        assertThat(unit.people()).singleElement().hasNoNullFieldsOrProperties();
    }

    @Test
    void the_lists_of_party_members_units_and_bureaus_name_each_entry() {
        List<PartyMember> members = JSON.readValue(ZoneExample.PARTY_MEMBERS.json(), new TypeReference<>() {
        });
        List<Unit> units = JSON.readValue(ZoneExample.UNITS.json(), new TypeReference<>() {
        });
        List<Bureau> bureaus = JSON.readValue(ZoneExample.BUREAUS.json(), new TypeReference<>() {
        });
        Bureau bureau = JSON.readValue(ZoneExample.BUREAU.json(), Bureau.class);

        assertThat(members).singleElement().hasNoNullFieldsOrProperties();
        assertThat(units).singleElement().hasNoNullFieldsOrProperties();
        assertThat(bureaus).singleElement().hasNoNullFieldsOrProperties();
        assertThat(bureau).hasNoNullFieldsOrProperties();
    }

    @Test
    void a_field_zone_service_adds_later_is_ignored() {
        ObjectNode person = (ObjectNode) JSON.readTree(ZoneExample.PERSON.json());
        person.put("position", "民警").putObject("rank").put("grade", 3);

        assertThat(JSON.treeToValue(person, Membership.class).personNo()).isEqualTo("TJ0005");
    }
}
