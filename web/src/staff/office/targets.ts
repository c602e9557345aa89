import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { messageOf } from '../../shared/api'
import { currentYear } from '../../shared/dates'
import type { Survey } from '../api/evaluation'
import { pledgesApi, type Pledge } from '../api/pledges'
import { postsApi, type Post } from '../api/posts'
import { rosterApi, type Person, type Unit } from '../api/roster'
import { zonesApi, type Zone } from '../api/zones'

/**
 * The bureau's posts, zones, pledges, people and units, so a survey names its target in words and belongs to a unit.
 * Each list is read on its own: one service being away leaves the others' names, and the ids, on screen.
 */
export function useTargets() {
  const posts = ref<Post[]>([])
  const zones = ref<Zone[]>([])
  const pledges = ref<Pledge[]>([])
  const people = ref<Person[]>([])
  const units = ref<Unit[]>([])

  async function load(pledgeYears: number[] = [currentYear()]) {
    const years = [...new Set(pledgeYears)]
    const results = await Promise.allSettled([
      postsApi.list().then((v) => (posts.value = v)),
      zonesApi.zones().then((v) => (zones.value = v)),
      Promise.all(years.map((y) => pledgesApi.list(y))).then((v) => (pledges.value = v.flat())),
      rosterApi.people().then((v) => (people.value = v)),
      rosterApi.units().then((v) => (units.value = v)),
    ])
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failure) ElMessage.error(messageOf(failure.reason))
  }

  function pledgeName(p: Pledge): string {
    return p.kind === 'ORGANISATION'
      ? (p.organisationName ?? p.letterTitle)
      : `${p.proposerName ?? p.proposerPersonNo}的承诺`
  }

  function targetName(survey: Pick<Survey, 'targetType' | 'targetId'>): string {
    switch (survey.targetType) {
      case 'LEADERSHIP':
        return '局领导班子'
      case 'POST': {
        const post = posts.value.find((p) => p.id === survey.targetId)
        return post ? `${post.title}${post.holderName ? `（${post.holderName}）` : ''}` : survey.targetId
      }
      case 'ZONE':
        return zones.value.find((z) => z.zoneId === survey.targetId)?.name ?? survey.targetId
      case 'PLEDGE': {
        const pledge = pledges.value.find((p) => p.id === survey.targetId)
        return pledge ? pledgeName(pledge) : survey.targetId
      }
    }
  }

  /** The unit a survey's target belongs to; null for the leadership, an organisation pledge or an unknown target. */
  function unitOf(survey: Pick<Survey, 'targetType' | 'targetId'>): string | null {
    switch (survey.targetType) {
      case 'POST':
        return posts.value.find((p) => p.id === survey.targetId)?.unitCode ?? null
      case 'ZONE':
        return zones.value.find((z) => z.zoneId === survey.targetId)?.unitCode ?? null
      case 'PLEDGE': {
        const pledge = pledges.value.find((p) => p.id === survey.targetId)
        if (!pledge || pledge.kind === 'ORGANISATION') return null
        return people.value.find((p) => p.personNo === pledge.proposerPersonNo)?.unitCode ?? null
      }
      case 'LEADERSHIP':
        return null
    }
  }

  function unitName(code: string | null): string {
    if (!code) return '未归属单位'
    return units.value.find((u) => u.code === code)?.name ?? code
  }

  function personName(personNo: string | null): string {
    if (!personNo) return ''
    return people.value.find((p) => p.personNo === personNo)?.name ?? personNo
  }

  return { posts, zones, pledges, people, units, load, pledgeName, targetName, unitOf, unitName, personName }
}
