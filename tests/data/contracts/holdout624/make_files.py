"""holdout624: builds the ten draft contracts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the
.json labels and asserts the checks of the brief (lengths, no threshold figure, rules vs design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:清源市文物局文物安全监测预警平台建设项目采购合同
P:合同编号：QYWW-ZFCG-2025-017
P:采购人（甲方）：清源市文物局
P:供应商（乙方）：杭州铭岩数字科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件（项目编号QYCG2025-0342）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设文物安全监测预警平台，覆盖全市22处全国及省级重点文物保护单位，实现文物本体监测、消防安全监测、安防视频联动和日常巡查管理。
P:1.2 乙方提供平台软件许可（永久使用许可，不限用户数）、定制开发、部署实施及培训服务。定制开发内容包括：古建筑本体倾斜与裂缝监测数据接入、烟感及电气火灾监测接入、与甲方现有安防视频平台的联动接口、文物巡查移动端应用、市级监管驾驶舱。
P:1.3 平台部署于甲方政务云，乙方应配合甲方完成网络安全等级保护第三级测评，并按测评意见完成整改。
P:1.4 乙方应派驻项目经理一名及不少于四名实施人员，项目经理未经甲方同意不得更换。
P:1.5 乙方应为甲方及各文保单位管理人员提供不少于三期集中培训，每期不少于两天，并提供操作手册及培训视频，确保巡查人员能够独立使用移动端完成日常巡查。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰捌拾陆万捌仟元整（¥1,868,000），为固定总价，其中：平台软件许可费¥1,160,000；定制开发费¥548,000；部署实施费¥126,000；培训费¥34,000。
P:2.2 合同总价已包含税费、差旅、第三方测评配合及质保期内服务等全部费用，甲方不再另行支付其他费用。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥373,600。
P:3.2 平台部署完成并通过初步验收后，甲方支付合同总价的45%，即¥840,600。
P:3.3 平台试运行期满并通过最终验收后，甲方支付合同总价的35%，即¥653,800。
P:3.4 甲方以财政资金支付，付款时间以国库集中支付流程为准，乙方不得以付款流程为由停止或迟延履约。
H:第四条 交付期限
P:4.1 乙方应在合同签订后90日内完成平台部署及定制开发，并提交初步验收申请；初步验收合格后进入为期60日的试运行。
P:4.2 因甲方原因导致延误的，交付期限相应顺延，乙方应在延误发生后及时书面告知甲方。
P:4.3 乙方应在合同签订后10日内提交项目实施计划，经甲方确认后执行；实施期间每周向甲方提交进度报告。
H:第五条 验收
P:5.1 初步验收由甲方组织，依据招标文件技术要求、乙方投标响应及双方确认的需求规格说明书逐项测试。验收标准包括：22处文保单位监测点位全部接入并在线；监测数据采集间隔不大于10分钟，告警推送延迟不超过20秒；视频联动在告警触发后5秒内调阅对应画面；巡查移动端在离线状态下可记录并于联网后自动上传；平台在200个并发用户下页面响应时间不超过3秒。
P:5.2 最终验收在试运行期满后进行，除5.1各项外，还应满足：试运行期间未发生一级故障；通过网络安全等级保护第三级测评且无高风险问题；乙方已提交全部源代码、接口文档、部署手册及运维手册。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与服务水平
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 平台月度可用率不低于99.95%（计划内维护除外，计划维护须提前3个工作日经甲方同意）。一级故障（平台整体不可用或告警功能失效）乙方应在30分钟内响应、2小时内到达现场、8小时内恢复；二级故障2小时内响应、24小时内解决。
P:6.3 乙方未达到上述服务水平的，每超时一小时扣除服务违约金¥1,000；月度可用率每低于约定值0.01个百分点，扣除¥2,000，从甲方应付款项或后续运维服务费中抵扣。
P:6.4 质保期满后，如甲方需要续购运维服务，年度运维服务费不超过平台软件许可费的9%（即每年不超过¥104,400），该标准在质保期满后三年内不得上调。运维服务合同由双方另行签订，不自动续期。
H:第七条 数据安全与数据权属
P:7.1 平台采集、存储和产生的全部数据，包括文物本体监测数据、消防及安防告警记录、视频截图、巡查记录和文物点位信息，均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得用于其他任何目的，不得向第三方提供。
P:7.2 乙方应遵守《数据安全法》《个人信息保护法》及文物安全相关规定，采取访问控制、加密传输与存储、操作日志审计等措施；运维操作须经甲方授权并通过堡垒机进行，不得将数据拷贝至政务云以外。
P:7.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因导致安全事件的，乙方承担全部赔偿责任及相应法律责任。
H:第八条 保密
P:8.1 乙方对履约中知悉的文物点位坐标、安防布防方案、馆藏信息及甲方工作秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
P:8.2 乙方应与参与本项目的人员签订保密承诺书，并对其人员的泄密行为承担责任。
H:第九条 知识产权
P:9.1 乙方为本项目定制开发的软件、接口程序、移动端应用、驾驶舱及相关文档和源代码，知识产权归甲方所有，甲方有权自行或委托第三方修改、使用和再开发。
P:9.2 平台软件的基础产品知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付的成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付成果不符合合同约定的，应负责修改、补足或更换，并赔偿由此给甲方造成的损失。
P:10.3 甲方无正当理由逾期付款的，按照国家有关规定承担责任。
H:第十一条 分包与转让
P:11.1 乙方不得将本合同项下任何工作分包或转包给第三方，也不得转让本合同的权利义务。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权书面通知解除合同，并要求乙方退还已付款项、支付违约金及赔偿损失。
P:12.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十三条 适用法律及争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 因本合同引起的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：清源市文物局　　　乙方（盖章）：杭州铭岩数字科技有限公司
P:签订日期：2025年  月  日
"""

Z02 = """T:硫化机控制系统改造及维保合同
P:合同编号：HLXJ-SB-2025-0611
P:甲方（买方）：潍坊恒力橡胶制品有限公司
P:乙方（卖方）：济南科锐自动化工程有限公司
P:鉴于甲方轮胎内胎车间现有24台平板硫化机电气控制系统老化、温控精度不足，甲方经询价比选确定由乙方实施控制系统改造。双方根据《中华人民共和国民法典》，就设备供货、软件许可、改造实施及维保服务事宜订立本合同。
H:第一条 合同标的
P:1.1 乙方负责24台平板硫化机电气控制系统的改造，包括控制柜、传感器、网络设备的供货与安装，硫化工艺管理软件的许可与部署，停机改造、调试、工艺参数迁移及人员培训。
P:1.2 改造后的系统应实现硫化温度、压力、时间的闭环控制，自动记录每一模次的硫化曲线，并与甲方MES系统对接上传生产数据。
P:1.3 改造应分批停机实施，每批不超过6台，不得影响甲方其余机台的正常生产。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰柒拾贰万元整（¥1,720,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|硫化机电气控制柜（含PLC、触摸屏、温控模块）|24套|924,000
TB:2|温度、压力传感器及变送器|1批|216,000
TB:3|工业以太网交换机及车间网络改造|1批|86,000
TB:4|硫化工艺管理软件许可（含24台机组授权）|1套|268,000
TB:|软硬件小计||1,494,000
TB:5|停机改造、安装及调试|1项|178,000
TB:6|工艺参数迁移及培训|1项|48,000
TB:|合计||1,720,000
P:2.2 上述价格含税、运输、保险、安装材料及质保期内服务费用。
H:第三条 付款方式
P:3.1 合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥172,000。
P:3.2 全部24台机组改造完成并安装到位后，甲方支付合同总价的55%，即¥946,000。安装到位不视为验收。
P:3.3 系统通过最终验收后，甲方支付合同总价的35%，即¥602,000。
P:3.4 乙方应在每次付款前开具等额增值税专用发票，发票信息有误的，甲方付款时间相应顺延，且不视为甲方逾期付款。
H:第四条 交货与实施
P:4.1 乙方应在合同生效后45日内将全部设备运抵甲方厂区，并在设备到货后60日内分批完成改造。
P:4.2 乙方实施前应提交停机改造计划，经甲方生产部门确认后执行；每批改造后的机台应在3日内恢复生产。
P:4.3 乙方应对甲方设备操作工、电工及工艺员进行培训，培训内容包括系统操作、参数设定、报警处理、日常点检及常见故障排除，培训结束后进行考核，考核合格人数不少于甲方指定人员的九成。
P:4.4 乙方应在改造前对原控制系统的工艺参数、联锁逻辑进行备份，并在改造后逐台核对，确保参数迁移准确；迁移记录经甲方工艺员签字确认后存档。
H:第五条 安全生产
P:5.1 乙方施工人员进入甲方厂区应遵守甲方安全生产管理制度，持证上岗；动火、登高、带电作业须事先办理作业许可。因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担全部责任。
H:第六条 验收
P:6.1 每批机台改造完成后进行单机调试验收，全部完成后进行最终验收。
P:6.2 验收标准：硫化温度控制偏差不超过±1℃，压力控制偏差不超过±0.02MPa；每一模次硫化曲线完整记录并可追溯查询；与MES系统的数据上传准确无遗漏；全部机组连续生产72小时无控制故障；安全联锁及急停功能逐项测试合格。
P:6.3 甲方试生产或使用改造后的机台，不视为验收合格。验收不合格的，乙方应在10日内整改，整改后重新验收。
H:第七条 质保与维保
P:7.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件故障由乙方免费维修或更换。
P:7.2 一级故障（硫化机停机或温控失效）乙方应在1小时内响应，6小时内到达现场；二级故障2小时内响应，次日内到场处理。
P:7.3 乙方未按上述时限响应或到场的，每超时一小时向甲方支付¥800违约金，从应付款项中扣除。
P:7.4 质保期满后的维保服务，年度维保费按软硬件小计的11%计取，即每年¥164,340，质保期满后三年内不作调整；维保期限以双方书面确认为准。
P:7.5 维保服务内容包括：每季度一次现场巡检并提交巡检报告；控制柜、传感器的校准与易损件更换（备件费用另计，按投标报价执行）；软件缺陷修复及版本升级；全年电话及远程技术支持。
P:7.6 乙方应在甲方所在地储备常用备件，保证故障部件在24小时内完成更换。
H:第八条 数据与信息安全
P:8.1 硫化工艺配方、工艺参数、生产记录及设备运行数据属于甲方所有，乙方仅可为履行本合同使用，不得用于其他目的或向第三方提供。
P:8.2 乙方远程维护须经甲方批准并通过甲方指定的VPN进行，操作全程记录；乙方不得在控制系统中预留后门或未经告知的远程通道。
P:8.3 因乙方原因造成数据泄露、篡改或生产控制系统受到网络攻击的，乙方应立即报告甲方、协助处置，并赔偿甲方全部损失。
H:第九条 保密
P:9.1 乙方对履约过程中获知的甲方工艺配方、产品技术资料和经营信息负有保密义务，未经甲方书面同意不得披露，保密期至相关信息公开为止。乙方应要求参与本项目的人员及经甲方知悉的分包单位遵守本条约定，并对其违约行为承担责任。
H:第十条 知识产权
P:10.1 乙方为本项目编写的PLC程序、触摸屏画面、MES接口程序及相关源代码和文档，知识产权归甲方所有，甲方可自行修改和使用。
P:10.2 硫化工艺管理软件的产品著作权归乙方，乙方授予甲方在本厂区永久使用的许可。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但因乙方故意或重大过失造成的损失除外。
P:11.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 乙方可将电气安装、线缆敷设等辅助工作分包给具备相应资质的单位，但应提前书面通知甲方，并对分包单位的工作质量和安全承担全部责任。
P:12.2 乙方不得将控制柜制造、软件开发等主体工作分包。
H:第十三条 合同解除
P:13.1 乙方严重违约且在甲方书面通知后15日内未予纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:13.2 乙方逾期完成全部机组改造超过45日，或同一机台在验收后两个月内因控制系统原因停机三次以上的，视为乙方严重违约。
P:13.3 因不可抗力致使合同无法履行的，受影响一方应在三日内通知对方并提供证明，双方协商变更或解除合同，互不承担违约责任，但迟延履行后发生不可抗力的除外。
P:13.4 合同解除后，乙方应配合甲方将已改造机台恢复至可安全运行状态，并移交已完成部分的程序、图纸及技术资料。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交潍坊仲裁委员会仲裁。
H:第十五条 其他
P:15.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、改造实施方案、验收测试大纲。
P:甲方（盖章）：潍坊恒力橡胶制品有限公司　　乙方（盖章）：济南科锐自动化工程有限公司
"""

Z03 = """明视眼科连锁门店预约管理系统云服务及实施合同

合同编号：MSYK-IT-2025-032
甲方（采购方）：明视眼科医疗管理集团有限公司
乙方（服务方）：成都云瞳信息技术有限公司

甲方下属45家连锁眼科诊所需统一上线线上预约、分诊排班及复诊随访管理系统。乙方以云服务（SaaS）方式提供该系统并负责实施。双方依据《中华人民共和国民法典》《个人信息保护法》等法律法规，经协商一致订立本合同。

一、服务内容
（一）乙方向甲方提供“瞳约”预约管理云服务，包括：微信及小程序预约、号源与医生排班、验光及视光检查分诊、到诊签到、复诊及术后随访提醒、门店及总部运营报表。
（二）实施服务包括：45家门店及总部的系统配置；与甲方现有HIS系统及会员系统的接口对接；历史预约及随访数据迁移；门店前台、视光师及客服人员培训。
（三）系统应支持至少三级组织架构（集团、区域、门店）及按角色的权限配置，门店只能查看本店数据，区域及总部可按授权查看汇总数据和报表。
（四）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，每个服务年度为连续的三百六十五日。

二、费用及支付
（一）费用构成：
1. 门店订阅费：45家门店，每店每服务年度¥6,400，合计每服务年度¥288,000；
2. 总部管理端订阅费：每服务年度¥36,000；
3. 实施费（一次性）：¥86,000。
两个服务年度订阅费合计¥648,000，本合同总价为¥734,000。
（二）实施费在上线验收合格后15个工作日内一次性支付。
（三）订阅费按季度支付，每季度首月10日前支付当季订阅费¥81,000。
（四）乙方应于付款前开具增值税专用发票。
（五）服务期内甲方新增门店的，新增门店订阅费按每店每服务年度¥6,400的单价，自该门店开通之日起按日折算至当期服务年度末；甲方关闭门店的，自下一季度起停止计费。新增门店的配置及培训由乙方免费提供。

三、实施与验收
（一）乙方应在合同签订后50日内完成全部门店的配置、接口对接和数据迁移，并提交上线验收申请。
（二）上线验收标准：
1. 45家门店均可正常放号、预约、签到，预约数据与HIS挂号记录实时一致；
2. 历史数据迁移完整，抽查核对无差错；
3. 小程序预约页面在高峰时段1,000个并发用户下响应时间不超过2秒；
4. 随访提醒按设定规则准确推送；
5. 通过甲方组织的安全测试，无高危漏洞。
（三）门店试用或甲方支付部分费用，均不视为验收合格。验收未通过的，乙方应在10日内整改后重新验收。
（四）乙方应指派一名项目经理及一名客户成功经理，负责实施期间的进度协调和服务期内的日常对接；实施期间乙方应每周提交进度报告，按门店列明配置、培训及试用情况。

四、服务水平
（一）乙方保证系统月度可用率不低于99.5%，计划内维护应安排在每日23:00至次日6:00之间并提前通知甲方。
（二）故障分级及响应：一级故障（全部门店无法预约或签到）15分钟内响应、2小时内恢复；二级故障（部分门店或部分功能不可用）1小时内响应、8小时内恢复；三级故障下一工作日处理。
（三）月度可用率未达到承诺的，按未达标幅度扣减当月订阅费：每低于0.1个百分点扣减当月订阅费的2%，单月扣减不超过当月订阅费的五成；一级故障恢复超时的，每超时一小时另扣减¥500。

五、数据安全与数据使用
（一）甲方及患者数据（包括患者身份信息、联系方式、预约及就诊记录、检查结果）属于甲方所有。
（二）乙方应将数据存储于中国境内的云数据中心，系统应通过网络安全等级保护第三级测评；对敏感个人信息加密存储，严格权限控制并保留操作日志。
（三）乙方可将去标识化处理后的预约数据、门店运营及就诊统计数据，用于其产品优化及眼科行业运营分析报告，该使用不需另行取得甲方同意。
（四）发生数据泄露等安全事件的，乙方应在2小时内通知甲方，配合甲方履行报告及告知义务；因乙方原因导致的，乙方承担赔偿责任及相应的行政、法律责任。
（五）乙方人员访问生产环境中的患者数据，须经甲方书面授权，并仅限于故障处理所必需的范围；乙方应每年委托第三方对系统进行一次渗透测试，并将报告提供给甲方。
（六）服务终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后删除，出具删除证明。

六、服务支持
（一）服务期内乙方提供每日8:00至22:00的电话及在线客服，一级故障全天候受理。
（二）乙方每月向甲方提交服务报告，内容包括可用率统计、故障及处理情况、工单响应情况和系统优化建议；每季度与甲方召开一次服务回顾会议。
（三）系统功能升级应提前7日通知甲方，涉及门店操作流程变化的，乙方应提供培训材料并在升级前完成培训。

七、保密
双方对履约中获知的对方商业信息、技术资料负有保密义务，未经对方书面同意不得向第三方披露；本条在合同终止后三年内继续有效。

八、知识产权
（一）“瞳约”平台及其基础功能的知识产权归乙方。
（二）乙方为甲方定制开发的接口程序、专属报表及相关文档，知识产权归甲方所有，甲方可自行或委托第三方修改和使用。

九、续期
本合同服务期满前60日，任何一方未书面提出不续期的，合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据市场情况上调订阅费，上调幅度不超过上一服务年度费用的8%，乙方应在服务期满前30日书面通知甲方新的价格。

十、违约责任
（一）乙方逾期完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同数据安全或保密约定的，应赔偿甲方全部损失。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。

十一、分包与转让
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方，也不得转让合同权利义务。

十二、合同解除
（一）乙方严重违约，或一个服务年度内一级故障累计发生三次以上，经甲方书面催告后15日内未改正的，甲方有权解除合同，乙方应退还已付未履行期间的费用。
（二）因不可抗力致使合同目的无法实现的，双方均可解除合同。

十三、适用法律及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交成都仲裁委员会仲裁。

十四、甲方义务
（一）甲方应指定项目联系人，按时提供HIS系统及会员系统的接口文档、测试环境和历史数据，并组织门店人员参加培训。
（二）甲方应妥善保管系统管理员账号，对其授权人员的操作负责；发现账号被盗用的，应立即通知乙方冻结。
（三）甲方应就患者信息的收集取得患者同意，并在小程序中公示隐私政策，乙方应提供隐私政策的技术说明及必要协助。
（四）甲方调整门店营业时间、医生排班规则或号源规则的，应提前通知乙方，乙方应在两个工作日内完成相应配置。

十五、其他
本合同一式四份，双方各执两份，自双方盖章之日起生效。附件：服务说明书、接口清单、数据处理协议。

甲方（盖章）：明视眼科医疗管理集团有限公司
乙方（盖章）：成都云瞳信息技术有限公司
签订日期：2025年 月 日
"""

Z04 = """滨江市住房公积金管理中心个人住房贷款业务系统年度运维服务合同

合同编号：BJGJJ-YW-2025-08
甲方：滨江市住房公积金管理中心
乙方：南京华信金科软件服务有限公司

根据《中华人民共和国民法典》及甲方运维服务采购结果，甲乙双方就甲方个人住房贷款业务系统（以下简称“贷款系统”）的年度运行维护服务，经协商一致订立本合同。

第一条 服务范围
1.1 运维对象：贷款系统的贷款受理、审批、放款、贷后管理、逾期催收、担保及抵押登记联办模块，以及与银行结算平台、不动产登记平台、征信系统、住房公积金数据平台的接口。
1.2 服务内容：系统日常监控与巡检；故障处理；数据库性能优化；贷款政策调整引起的参数配置及程序修改（每年不超过20项，单项不超过15人日）；年度结息、利率调整等批量业务保障；系统安全加固及漏洞修复配合；运维文档及报告编制。
1.3 乙方派驻工程师3名常驻甲方，工作时间为甲方工作日8:30至17:30，节假日及批量作业期间安排值守。
1.4 乙方应建立运维工单制度，所有故障、变更及数据修改请求均通过甲方运维管理平台登记，记录受理时间、处理过程、处理人及结果，由甲方业务部门确认后关闭。数据修改须有甲方业务部门的书面申请及审批记录。

第二条 服务期限与费用
2.1 服务期自2025年7月1日起至2026年6月30日止。
2.2 年度运维服务费为人民币伍拾陆万捌仟元整（¥568,000），含驻场人员费用、差旅及税费。
2.3 服务费按季度支付，每季度末经甲方考核后10个工作日内支付当季服务费¥142,000。甲方不支付预付款。
2.4 服务费已包含乙方为提供本合同服务所需的工具软件、监控脚本及驻场人员的办公设备费用，乙方不得另行向甲方收取。乙方应在每次付款前开具增值税发票。

第三条 服务水平
3.1 贷款系统在甲方工作日服务时间内的可用率不低于99.95%。
3.2 故障分级：一级故障指贷款受理、审批或放款功能中断，或批量作业失败影响资金结算；二级故障指部分功能异常或单一接口中断；三级故障指不影响业务办理的一般问题。
3.3 响应与处理时限：一级故障15分钟内响应，1小时内到场，3小时内恢复业务；二级故障30分钟内响应，8小时内解决；三级故障2个工作日内解决。
3.4 乙方未达到上述服务水平的，应在3个工作日内提交书面故障分析报告，说明原因并提出整改措施，经甲方确认后限期整改。

3.5 乙方每日对应用服务器、数据库、接口通道及批量作业进行巡检，每周提交周报，每月提交运维月报，内容包括系统运行指标、故障及处理情况、容量趋势和优化建议。
3.6 年度结息、利率调整及年终决算等批量作业前，乙方应制定保障方案并进行演练，作业期间安排不少于两名工程师现场值守。

第四条 政策调整与变更
4.1 甲方因贷款政策调整需要修改系统的，应书面提出需求，乙方应在5个工作日内提交实施方案和工作量评估，经甲方确认后实施。
4.2 政策调整类需求应在甲方确认的上线日期前完成测试并上线。乙方未按约定日期上线的，每逾期一日，按本合同总价的千分之一向甲方支付违约金。
4.3 超出1.2所述范围的开发工作，由双方另行协商签订合同。

第五条 服务考核与验收
5.1 甲方按季度对乙方服务进行考核，考核内容包括：可用率达标情况、故障响应及处理时限、巡检报告质量、变更实施成功率、驻场人员出勤及业务部门满意度。
5.2 服务期满时，甲方组织年度服务验收。验收标准：全年无因乙方原因造成的数据错误或资金差错；全年一级故障均在约定时限内恢复；政策调整需求全部按期上线；乙方已移交全部运维文档、配置清单及变更记录。
5.3 季度考核不合格的，乙方应在15日内整改，整改情况纳入下季度考核。
5.4 甲方可根据季度考核结果向乙方提出人员调整或工作改进要求，乙方应在接到通知后10个工作日内提交改进计划并落实，改进情况在下季度服务报告中专项说明。
5.5 年度服务验收时，乙方应提交年度运维总结报告，内容包括全年运行指标、故障统计与根因分析、变更清单、遗留问题及下一年度优化建议；年度服务验收合格是甲方支付第四季度服务费的条件之一。

第六条 数据安全
6.1 贷款系统中的缴存职工个人信息、贷款及抵押数据、资金结算数据均属于甲方所有，乙方仅可为履行运维服务使用，不得用于其他目的。
6.2 乙方人员须通过甲方堡垒机访问生产系统，禁止将生产数据导出、拷贝或用于测试；确需使用生产数据的，须经甲方审批并脱敏后在甲方环境内使用。
6.3 乙方应遵守网络安全等级保护及住房公积金行业数据安全规定。发生数据泄露、篡改、丢失等安全事件的，乙方应立即报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及法律责任。

第七条 保密
7.1 乙方及其人员对履约中知悉的甲方业务数据、系统架构、账号口令及内部管理信息负有保密义务，不得向任何第三方披露。
7.2 乙方驻场人员应签署个人保密承诺书。保密义务在合同终止后继续有效。

第八条 应急与安全配合
8.1 乙方应协助甲方修订贷款系统应急预案，每半年参与一次应急演练，演练内容包括数据库切换、批量作业中断恢复及接口故障处置，演练后提交总结报告。
8.2 甲方组织网络安全检查、等级保护测评或上级部门审计时，乙方应提供技术配合，对发现的问题在甲方规定期限内完成整改。
8.3 乙方发现系统存在安全漏洞或异常访问的，应立即报告甲方，不得自行公开或利用。

第九条 知识产权
乙方在服务期内为甲方编写的程序修改、脚本、配置文件及运维文档，知识产权归甲方所有。

第十条 人员管理
10.1 乙方驻场人员应具备住房公积金或银行信贷类系统的运维经验，名单及资质证明应报甲方备案。
10.2 乙方更换驻场人员应提前15日书面通知甲方并做好工作交接；甲方认为驻场人员不称职的，乙方应在10日内更换。
10.3 乙方不得将本合同项下运维服务分包或转包给第三方。

第十一条 违约责任
11.1 乙方违反第六条、第七条约定的，应赔偿甲方由此遭受的全部损失。
11.2 甲方无正当理由逾期支付服务费的，应按国家有关规定承担责任。

第十二条 合同的履行与解除
12.1 本合同经双方签署后，在服务期内双方均不得单方解除。乙方出现违约情形的，甲方可要求其限期整改、支付违约金或赔偿损失，乙方应继续履行本合同。
12.2 服务期满本合同自然终止，不自动续期。如需续签，双方另行协商。
12.3 合同终止时，乙方应在10个工作日内完成运维交接，移交全部账号权限、运维文档、脚本及未关闭工单清单，配合甲方或新的服务商完成系统接管，交接期间不得中断服务。

第十三条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：运维服务清单、考核评分表。

甲方（盖章）：滨江市住房公积金管理中心
乙方（盖章）：南京华信金科软件服务有限公司
签订日期：2025年6月  日
"""

Z05 = """# 软件许可及定制开发合同

（禾智物联标准合同文本 V4.0）

合同编号：HZ-RJ-2025-0419

甲方（用户）：招远金穗粉丝有限公司

乙方（供应商）：郑州禾智物联科技有限公司

甲方拟对粉丝烘干车间的32间烘干房实施温湿度集中监控，乙方同意向甲方提供“禾智烘干云控”软件许可及相应定制开发服务。双方经友好协商，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“禾智烘干云控”监控软件V3的使用许可，许可范围为甲方厂区内32间烘干房。

1.2 乙方根据甲方需求进行定制开发，包括：粉丝烘干工艺曲线管理、按批次的能耗统计报表、与甲方称重系统及仓储系统的数据对接、车间大屏展示。

1.3 乙方负责软件部署、参数配置及操作培训。温湿度传感器、控制器等硬件由甲方另行采购，乙方提供选型建议。

1.4 软件许可为永久许可，仅限甲方在本合同约定的厂区及烘干房数量范围内使用。甲方增加烘干房的，应按乙方当时的报价另行购买授权。甲方不得对软件进行反向工程、转让、出租或允许关联公司以外的第三方使用。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 禾智烘干云控软件许可（32间烘干房） | 560,000 |
| 2 | 定制开发（工艺曲线、能耗报表、系统对接、车间大屏） | 148,000 |
| 3 | 部署实施及培训 | 42,000 |
| | 合计 | 750,000 |

合同总价为人民币柒拾伍万元整（¥750,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥487,500。

3.2 软件上线运行后5个工作日内，甲方支付合同总价的35%，即¥262,500。

3.3 甲方未按期付款的，乙方有权暂停服务，工期相应顺延。

3.4 乙方在收到每期款项前向甲方开具等额增值税专用发票。甲方因内部审批原因需要调整付款时间的，应提前书面通知乙方并经乙方同意。

## 第四条 交付与上线

4.1 乙方应在收到首期款后60日内完成软件部署和定制开发，并通知甲方上线运行。上线前乙方将在甲方现场进行功能演示，并协助甲方录入烘干房编号、工艺曲线模板及报警参数等基础数据，基础数据的准确性由甲方负责。

4.2 甲方应按乙方要求提供现场网络环境、服务器及传感器数据接口，因甲方准备工作未完成导致的延误，乙方不承担责任。

4.3 乙方应在部署完成前为甲方车间主任、烘干操作工及设备管理员提供集中培训，培训内容包括系统登录、烘干曲线设定、报警查看、报表导出及日常维护。培训次数为两次，超出部分按乙方收费标准另行计费。

4.4 定制开发的具体功能以双方确认的需求说明为准。需求确认后甲方提出变更的，乙方有权重新评估工期及费用，变更部分的费用由甲方另行支付。

## 第五条 验收

5.1 软件部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后对软件功能有异议的，可在7日内以书面形式提出，乙方视情况予以优化。逾期未提出的，视为甲方无异议。

## 第六条 免费维护与技术支持

6.1 自软件上线之日起，乙方提供为期六个月的免费维护服务，内容包括软件缺陷修复及远程技术支持。

6.2 免费维护期内甲方报告故障的，乙方将在合理时间内响应，并尽力协助甲方排除故障，具体处理时间视故障情况而定。

6.3 因甲方操作不当、硬件故障、断电断网或擅自修改配置引起的问题，不属于免费维护范围，乙方可按实际工作量另行收费。

## 第七条 维保服务

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维保协议。年度维保费按软件许可费的25%计收，即每年¥140,000。

7.2 维保服务内容包括：软件缺陷修复、小版本升级、远程技术支持及每年两次现场巡检。

7.3 甲方未签订维保协议的，乙方不再提供升级及技术支持服务。甲方中断维保后重新签订的，应补缴中断期间的维保费。

7.4 维保期间的现场服务，乙方工程师的差旅费用由甲方承担。

## 第八条 知识产权

8.1 “禾智烘干云控”软件及其文档的知识产权归乙方所有。

8.2 乙方在本合同项下为甲方定制开发的工艺曲线模块、能耗报表、接口程序、大屏页面及相关源代码，知识产权均归乙方所有。甲方在本合同约定的许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

8.3 甲方如需对定制模块进行修改或扩展，应委托乙方实施，费用按乙方届时的人天单价另行计算。

## 第九条 数据

9.1 甲方在使用软件过程中产生的烘干工艺数据、能耗数据及生产记录属于甲方所有，乙方仅为提供本合同服务使用，不得向第三方提供或用于其他目的。

9.2 乙方应对部署在甲方服务器上的系统采取账号权限管理、数据备份和日志留存等安全措施；乙方远程维护须经甲方同意。发生数据泄露或丢失事件的，乙方应及时通知甲方并协助处理；因乙方原因导致的，乙方承担相应赔偿责任。

## 第十条 保密

双方对在合作中获知的对方技术秘密和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两年内有效。乙方可在其宣传材料及客户名单中使用甲方名称作为案例，但不得披露甲方的工艺参数及生产数据。

双方应要求各自参与项目的员工遵守保密义务，因员工泄密给对方造成损失的，由该方承担责任。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下承担的全部赔偿责任（含违约金），累计不超过合同总价的20%。乙方不承担甲方的间接损失、利润损失及停产损失。

11.3 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第十二条 甲方义务

12.1 甲方应指定专人负责项目对接，及时确认需求说明、测试结果及上线安排。

12.2 甲方应保证服务器、网络及传感器等运行环境符合乙方提供的配置要求，并做好数据的日常备份。因运行环境不符合要求导致软件运行异常的，乙方不承担责任。

## 第十三条 不可抗力

因地震、火灾、洪水、疫情、政府行为、大面积停电或网络中断等不可抗力导致合同不能按期履行的，受影响一方不承担违约责任，但应及时通知对方并在合理期限内提供证明。

## 第十四条 通知与联系

14.1 双方指定的联系人及联系方式以本合同签署页记载为准。一方变更联系人或联系方式的，应在变更后五个工作日内书面通知对方，否则按原联系方式送达即视为送达。

14.2 乙方的故障受理渠道为客服热线及工单系统，受理时间为工作日9:00至17:30。

## 第十五条 合同解除

一方严重违反本合同且在对方书面通知后30日内未纠正的，守约方有权解除本合同，并要求违约方承担违约责任。

## 第十六条 争议解决

本合同履行中发生争议的，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同未尽事宜，双方可另行签订补充协议。

17.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：招远金穗粉丝有限公司　　　　乙方（盖章）：郑州禾智物联科技有限公司

日期：　　年　　月　　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. MRS-CN-2025-044
P:This Software Licence and Services Agreement is made between Hunan Xiangyun Building Materials Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Customer"), and Mactan Reliability Software, Inc., a corporation organised under the laws of the Republic of the Philippines with its principal office in Cebu City, Cebu (the "Vendor").
P:The Customer operates four cement grinding plants and two quarries and wishes to replace its spreadsheet-based maintenance records with a computerised maintenance management system. The Vendor has offered its ReliaPlant CMMS software and related implementation services. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the ReliaPlant CMMS server software, mobile application and standard reports in the version current at signature, including updates supplied under this Agreement.
P:1.2 "Customer Deliverables" means the configurations, custom reports, plant asset hierarchies, interface programs to the Customer's ERP and SCADA historian, data migration scripts and related documentation prepared by the Vendor specifically for the Customer.
P:1.3 "Go-Live" means the start of productive use of the Software at all six sites after successful completion of the Go-Live tests in Article 5.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.3.
P:1.5 "Customer Data" means all data entered into or generated by the Software in the Customer's operations, including asset registers, work orders, maintenance histories, spare-parts records and personnel data.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in mainland China, for one enterprise server instance and up to 180 named users, for the Customer's internal business and that of its wholly owned subsidiaries.
P:2.2 The Customer may make copies of the Software for backup, disaster recovery and testing. The licence survives any termination of this Agreement, except termination by the Vendor for non-payment of the licence fees.
H:Article 3 Services and Timetable
P:3.1 The Vendor shall perform the following services: requirements workshops at the Changsha head office and two sample plants; configuration of the Software; development of the Customer Deliverables; migration of the historical maintenance records from the Customer's spreadsheets and legacy database; installation on the Customer's servers; end-user and administrator training; and hypercare support for eight weeks after Go-Live.
P:3.2 The Vendor shall achieve Go-Live within 150 days after signature and shall submit a detailed project plan within 10 days after signature. Milestones in the agreed plan are binding.
P:3.3 The Vendor shall provide a project manager who speaks Mandarin Chinese or shall supply a qualified interpreter at its own cost for all workshops and training sessions.
H:Article 4 Prices and Payment
P:4.1 The Contract Price is CNY 1,570,000, inclusive of applicable taxes, and is made up as follows: Licence fees CNY 1,072,000 (enterprise server licence CNY 640,000 and 180 named users at CNY 2,400 each, CNY 432,000); implementation and Customer Deliverables CNY 386,000; data migration CNY 74,000; training CNY 38,000.
P:4.2 The Customer shall pay the Contract Price as follows: 20% (CNY 314,000) within 20 days after signature against the Vendor's invoice; 45% (CNY 706,500) within 20 days after Go-Live; and 35% (CNY 549,500) within 20 days after Final Acceptance.
P:4.3 All amounts are payable in CNY by bank transfer. Travel and living expenses of the Vendor's personnel are included in the Contract Price.
H:Article 5 Testing and Acceptance
P:5.1 Before Go-Live the Vendor shall carry out, with the Customer, the Go-Live tests set out in the agreed test plan, covering each configured work process, the ERP and historian interfaces, migration reconciliation and user permissions.
P:5.2 Final Acceptance tests shall be performed after a productive run of 60 days. The acceptance criteria are: all functions listed in the approved functional specification operate as specified; the migration reconciliation shows no unresolved discrepancy in asset counts or open work orders; the ERP interface posts spare-parts issues without error for the whole period; page response time does not exceed three seconds for 150 concurrent users; and no Severity 1 incident occurred during the final 30 days of the run.
P:5.3 If the criteria are met, the Customer shall issue a Final Acceptance certificate within 10 days. If they are not met, the Vendor shall correct the defects at its own cost and repeat the tests. Go-Live, productive use or any payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Customer Deliverables will perform substantially in accordance with the documentation and the functional specification for a warranty period of 18 months from Final Acceptance. During the warranty period the Vendor shall correct defects, provide updates and new releases and provide remote and on-site support free of charge.
P:6.2 Support levels: for a Severity 1 incident (the Software is unavailable at one or more sites, or work orders cannot be created) the Vendor shall respond within one hour and provide a workaround or fix within eight hours; for Severity 2, response within two hours and a fix within three business days; for Severity 3, response within one business day.
P:6.3 If the Vendor misses a Severity 1 response or fix time, it shall credit the Customer CNY 1,500 for each hour of delay, deducted from the next payment or the support fees.
P:6.4 After the warranty period the Customer may purchase annual support at 13% of the licence fees stated in Article 4.1, that is CNY 139,360 per year. This fee is fixed for the three years following the warranty period. Support is ordered each year by separate purchase order and does not renew automatically.
H:Article 7 Data Protection and Security
P:7.1 Customer Data belongs to the Customer. The Vendor may access and use Customer Data only to perform this Agreement and shall not copy, analyse or use it for any other purpose, whether in identifiable, aggregated or anonymised form.
P:7.2 The Software is hosted on the Customer's servers. Remote access by the Vendor shall take place only through the Customer's VPN and bastion host, with prior approval for each session, and shall be logged. The Vendor shall not transfer Customer Data outside mainland China.
P:7.3 The Vendor shall implement appropriate technical and organisational security measures, comply with the Data Security Law and the Personal Information Protection Law of the PRC, notify the Customer within 24 hours after becoming aware of any security incident affecting Customer Data, assist the Customer in remedying it, and bear responsibility for any loss caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software.
P:8.2 All intellectual property rights in the Customer Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation at Final Acceptance. The Customer may use, modify and license the Customer Deliverables freely, including to third-party service providers.
P:8.3 The Vendor shall indemnify the Customer against claims that the Software or the Customer Deliverables infringe third-party rights.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including plant layouts, production data, prices and the terms of this Agreement, and shall use it only for the purposes of this Agreement. This obligation continues for three years after the end of the Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If Go-Live is delayed beyond the date in Article 3.2 for reasons attributable to the Vendor, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement claims under Article 8.3, or breach of Articles 7 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature and continues until the end of the warranty period.
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice. The Customer may also terminate if the delay damages under Article 10.1 reach their maximum.
P:12.3 On termination by the Customer for the Vendor's breach, the Vendor shall refund the amounts paid for services not accepted and deliver all completed Customer Deliverables.
H:Article 13 Governing Law and Dispute Resolution
P:13.1 This Agreement is governed by the laws of the Republic of the Philippines.
P:13.2 Any dispute arising out of this Agreement shall first be discussed between senior managers of the parties. If it is not resolved within 30 days, it shall be finally settled by arbitration administered by the Philippine Dispute Resolution Center, Inc. The seat of arbitration is Cebu City and the language is English.
H:Article 14 General
P:14.1 This Agreement, with Annex A (Functional Specification), Annex B (Project Plan) and Annex C (Test Plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is executed in English in two originals, one for each party.
P:For the Customer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms — HelpHarbor Service Cloud

Order Form No. HH-OF-2025-0193

**Customer:** Foshan Meijia Home Appliances Co., Ltd., Shunde District, Foshan, Guangdong, People's Republic of China ("Customer")

**Provider:** Samal Bay Cloudworks, Inc., Lanang Business Park, Davao City, Philippines ("Provider")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Customer and Provider for the HelpHarbor customer-service platform (the "Agreement"). If Part A and Part B conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Subscribed Services

Customer subscribes to the HelpHarbor Service Cloud, a hosted platform for after-sales ticketing, omnichannel messaging (telephone call logging, WeChat official account, web chat and email), a searchable knowledge base and service reporting, for Customer's after-sales service centre and its authorised repair partners. The platform is hosted for Customer in a data centre in mainland China operated by Provider's hosting partner.

### A2. Subscription Term

The Subscription Term is 24 months starting on the Service Start Date, which is the day after Onboarding Acceptance under A4. The Subscription Term consists of two Subscription Years. The Agreement ends at the end of the Subscription Term and does not renew automatically; any renewal requires a new Order Form signed by both parties.

### A3. Fees

| Item | Quantity | Unit price (CNY per Subscription Year) | Amount per Subscription Year (CNY) | Amount for the Subscription Term (CNY) |
|---|---|---|---|---|
| Agent seats | 260 | 1,080 | 280,800 | 561,600 |
| Knowledge base module | 1 | 42,000 | 42,000 | 84,000 |
| Onboarding services (one-time) | 1 | — | — | 36,400 |
| **Total contract value** | | | | **682,000** |

Subscription fees are invoiced quarterly in advance at the start of each quarter of the Subscription Term (CNY 80,700 per quarter) and are payable within 30 days after receipt of a valid VAT invoice. The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days. Additional agent seats may be ordered at the same unit price, pro-rated to the end of the current Subscription Year. All fees are in CNY and include VAT.

### A4. Onboarding and Acceptance

Provider shall configure the platform, set up Customer's ticket categories, service-level rules, routing rules and user roles, build the integrations with Customer's CRM and spare-parts system listed in the Statement of Work, migrate up to 400,000 historical tickets and 2,500 knowledge articles, and train Customer's administrators and team leaders. Provider will use reasonable efforts to reach Onboarding Acceptance within 10 weeks after signature, but the target date is an estimate only.

Onboarding Acceptance occurs when Customer confirms in writing that the following criteria are met: all configured workflows pass the test scripts in the Statement of Work; the CRM integration creates and updates customer records without error for five consecutive business days; migrated tickets reconcile with the source export by count and status; and the platform handles 300 concurrent agents with a ticket-screen load time below two seconds. Use of the platform for training or pilot purposes before then does not constitute acceptance.

### A5. Service Levels

Provider commits to a monthly availability of 99.95% for the production platform, excluding announced maintenance in the window Sunday 01:00–05:00 China Standard Time. Priority 1 incidents (platform unavailable, or agents unable to create or update tickets) shall be responded to within 30 minutes and resolved or worked around within three hours. Priority 2 incidents shall be responded to within two hours. Service credits under Section B4 apply.

### A6. Contacts and Signatures

Customer's contract manager: Ms. Liang, Head of After-Sales IT. Provider's account manager: Mr. Dela Cruz. Notices under the Agreement shall be sent to the addresses above with a copy by email.

Signed for Customer: ____________________ Date: __________

Signed for Provider: ____________________ Date: __________

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, content and personal information submitted to the platform by or for Customer, including end-consumer names, telephone numbers, addresses, product serial numbers, ticket content, call notes and chat transcripts.

1.2 "Customer Configurations" means workflows, forms, routing rules, report definitions, integration adaptors and knowledge-base structures built for Customer under this Agreement.

### 2. Provision of the Service

2.1 Provider shall provide the Subscribed Services in accordance with the documentation and the Service Levels, and shall keep the platform functionally equivalent or better during the Subscription Term.

2.2 Provider may update the platform from time to time, provided that no update materially reduces the functionality or security of the Subscribed Services. Provider shall announce significant changes at least 14 days in advance.

### 3. Customer Data and Security

3.1 Customer Data belongs to Customer. Provider processes Customer Data only on Customer's instructions and only to provide the Subscribed Services, and shall not use Customer Data, in any form, for any other purpose.

3.2 Provider shall store and process Customer Data only in mainland China, maintain ISO/IEC 27001 certification and an MLPS level-3 filing for the platform, encrypt Customer Data in transit and at rest, restrict access to named personnel on a need-to-know basis with multi-factor authentication, and keep access logs for at least six months.

3.3 Provider shall notify Customer within 24 hours after becoming aware of a security incident affecting Customer Data, cooperate with Customer's investigation and any notice to regulators or consumers, and bear responsibility for losses, fines and costs caused by its breach of this Section 3.

3.4 Within 30 days after the end of the Agreement, Provider shall return Customer Data in a standard export format and then delete it, and shall certify the deletion in writing.

### 4. Service Credits

4.1 If monthly availability falls below the commitment in A5, Customer receives a credit of 5% of the monthly subscription fees for each 0.1 percentage point (or part of it) below the commitment, up to half of the monthly subscription fees.

4.2 For each Priority 1 incident that is not responded to or resolved within the times in A5, Customer receives an additional credit of CNY 1,000 per hour of delay.

4.3 Credits are deducted from the next invoice or, at the end of the Subscription Term, refunded.

### 5. Subcontractors and Subprocessors

5.1 Provider may engage subcontractors and subprocessors, including its hosting partner and its support centre in Davao City, to perform parts of the Subscribed Services. Provider shall inform Customer of any new subcontractor or subprocessor by email at least ten business days before it begins work. Customer's consent is not required.

5.2 Provider remains responsible for the performance of its subcontractors and subprocessors and shall bind them to obligations no less protective than those in Sections 3 and 6.

### 6. Confidentiality

6.1 Each party shall keep confidential all non-public information of the other party disclosed under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equivalent obligations.

6.2 These obligations last for three years after the end of the Agreement and, for Customer Data, indefinitely.

### 7. Intellectual Property

7.1 Provider retains all rights in the platform and its documentation.

7.2 Customer Configurations belong to Customer. Provider shall export them on request in a documented format, and Customer may use, modify and license them freely, including with another service provider.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, except for breach of Sections 3 or 6.

8.2 Each party's total liability under this Agreement is limited to twice the total contract value stated in A3. This limit does not apply to breach of Section 3, breach of Section 6, personal injury or wilful misconduct.

### 9. Termination

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

9.2 Customer may also terminate the Agreement by written notice if availability falls below the commitment in A5 in any two months of a Subscription Year.

9.3 On termination by Customer under 9.1 or 9.2, Provider shall refund prepaid fees for the period after termination.

### 10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The arbitration shall be conducted in Chinese and English.

### 11. General

11.1 Neither party may assign the Agreement without the other party's written consent.

11.2 Amendments must be in writing and signed by both parties.

11.3 Notices under the Agreement must be in writing and are effective on receipt. Operational notices, such as maintenance announcements and incident reports, may be given by email to the contacts named in A6.

11.4 Neither party is liable for a delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
"""

E03 = """T:Supply Agreement for Cold-Store Temperature Monitoring Equipment and Software Licence
P:Contract No. NBLY-PUR-2025-118
P:Buyer: Ningbo Lianyun Cold Chain Logistics Co., Ltd., Beilun District, Ningbo, Zhejiang, People's Republic of China (the "Buyer").
P:Supplier: PT Kalimas Instrumen Teknik, Jalan Rungkut Industri, Surabaya, East Java, Indonesia (the "Supplier").
P:The Buyer operates nine cold stores and a frozen-food cross-dock at its Beilun logistics park. Following its request for quotation, the Buyer awards the Supplier the supply, installation and commissioning of wireless temperature and humidity sensors, gateways and door sensors, together with a perpetual licence of the ColdSense monitoring platform, on the terms of this Buyer's standard purchase contract.
H:1. Scope of Supply
P:1.1 The Supplier shall supply the equipment and software listed in clause 2, install and commission them in all cold-store chambers, loading docks and the cross-dock, configure alarm rules, integrate the platform with the Buyer's warehouse management system (WMS), and train the Buyer's staff.
P:1.2 The equipment shall comply with the technical specification in Annex 1, including a measuring accuracy of ±0.3°C between -30°C and +10°C, a battery life of at least three years at a five-minute reporting interval, and radio certification for use in mainland China.
P:1.3 The platform shall be installed on the Buyer's servers in its Ningbo data room. The Supplier shall not operate any part of the system from outside mainland China.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,170,000, a fixed price inclusive of taxes, duties, import clearance, delivery to site, installation materials and all services during the warranty period, broken down as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors|620|680|421,600
TB:2|LoRa gateways with backup battery|38|5,200|197,600
TB:3|Door-contact sensors for loading docks|140|390|54,600
TB:4|ColdSense platform, perpetual licence (unlimited users, one site)|1|286,000|286,000
TB:|Equipment and licence subtotal|||959,800
TB:5|Installation and commissioning|1|118,000|118,000
TB:6|WMS integration|1|74,000|74,000
TB:7|Training|1|18,200|18,200
TB:|Contract Price|||1,170,000
P:2.2 The Supplier is the importer of record and bears all risks and costs of transport and customs clearance until delivery at the Buyer's site.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 117,000) within 15 business days after signature, against the Supplier's invoice and an advance payment guarantee issued by a bank in mainland China for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 643,500) within 20 business days after all equipment has been delivered and installed and the Installation Certificate has been signed. The Installation Certificate records the completion of installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 409,500) within 20 business days after Final Acceptance.
P:3.4 Each payment requires a valid VAT invoice. The Buyer may set off delay damages and service credits against any payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all equipment within 60 days after signature and complete installation and commissioning within 45 days after delivery. Installation work in operating chambers shall be scheduled with the Buyer's warehouse manager so that goods are not exposed to temperature excursions.
P:4.2 If delivery or completion is delayed for reasons attributable to the Supplier, the Supplier shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 Final Acceptance tests take place after a trial operation of 30 days following the Installation Certificate.
P:5.2 The acceptance criteria are: every sensor reports to the platform at the configured interval with a packet loss below 0.5% over the trial operation; a comparison with a calibrated reference thermometer in each chamber shows deviations within the accuracy in clause 1.2; alarms reach the duty manager by SMS and WeChat within 60 seconds of a threshold breach in a simulated test in each chamber; temperature records are written to the WMS for every storage location; and the audit trail of records cannot be edited by users.
P:5.3 If the criteria are met, the Buyer shall sign the Final Acceptance certificate within seven days. Otherwise the Supplier shall remedy the defects within 15 days and the tests shall be repeated. Use of the system during the trial operation or any payment is not acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective equipment free of charge, including batteries that fail earlier than specified, and provide software updates and technical support.
P:6.2 Support levels during the warranty period are set out below.
TB:Severity|Example|Response time|On-site or fix time
TB:Severity 1|Platform down, or alarms not delivered for a chamber|1 hour|8 hours
TB:Severity 2|Single gateway or several sensors offline|2 hours|2 business days
TB:Severity 3|Report or display fault|1 business day|10 business days
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or fix time, the Supplier shall pay a service credit of CNY 800.
P:6.4 After the warranty period, the Buyer may order annual maintenance at 8.5% of the equipment and licence subtotal, that is CNY 81,583 per year. This price is fixed for three years after the warranty period. Maintenance is ordered by separate annual purchase order; there is no automatic renewal.
H:7. Data Ownership and Security
P:7.1 All temperature records, alarm logs, location data and other data generated by the system belong to the Buyer. The Supplier may use them only to perform this contract and shall not retain, analyse or use them for any other purpose.
P:7.2 The Supplier shall access the system only through the Buyer's VPN with approval for each session, shall not install any remote-access tool, and shall not transfer data outside mainland China.
P:7.3 The Supplier shall report any security incident affecting the Buyer's data within 12 hours, assist in remedying it, and compensate the Buyer for losses caused by the Supplier's breach of this clause. The Supplier shall comply with the Data Security Law of the PRC and the Buyer's information security rules.
H:8. Confidentiality
P:8.1 The Supplier shall keep confidential the Buyer's site layouts, customer names, stock information and all other non-public information received under this contract, and shall not disclose them to any third party without the Buyer's prior written consent. This obligation survives termination.
H:9. Intellectual Property
P:9.1 The WMS integration, alarm rules, configuration files and any report templates developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver the source code of the integration.
P:9.2 The ColdSense platform and sensor firmware remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually.
H:10. Subcontracting
P:10.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor.
H:11. Termination
P:11.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:11.2 The Buyer may also terminate if the equipment fails the Final Acceptance tests twice for reasons attributable to the Supplier.
P:11.3 On such termination, the Supplier shall refund the amounts paid for equipment and services not accepted and shall remove its equipment at its own cost if the Buyer so requests.
H:12. Governing Law and Disputes
P:12.1 This contract is governed by the laws of the People's Republic of China.
P:12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.
H:13. Training and Documentation
P:13.1 The Supplier shall train up to 12 warehouse supervisors and four IT administrators in two sessions at the Buyer's site, covering daily monitoring, alarm handling, calibration checks, battery replacement, user administration and report configuration. Training materials shall be provided in Chinese.
P:13.2 The Supplier shall deliver, before Final Acceptance, as-built drawings showing the location and identifier of every sensor and gateway, the calibration certificates of all sensors, the administrator and user manuals in Chinese, and the interface documentation of the WMS integration.
H:14. Force Majeure
P:14.1 Neither party is liable for a delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party within five business days and takes reasonable steps to mitigate the effect. Delay damages do not accrue for the period of such a delay.
H:15. Miscellaneous
P:15.1 Annexes: Annex 1 Technical Specification; Annex 2 Installation Plan; Annex 3 Acceptance Test Plan. This contract is made in English and Chinese; both versions are equally authentic.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Support Services Agreement

Agreement No. DGHY-MSA-2025-07

This Managed IT Support Services Agreement (the "Agreement") is entered into between:

- **Dongguan Huayi Apparel Co., Ltd.**, Humen Town, Dongguan, Guangdong, People's Republic of China (the "Customer"); and
- **PT Parahyangan Solusi Digital**, Jalan Soekarno-Hatta, Bandung, West Java, Indonesia (the "Service Provider").

The Customer runs a head office, three garment factories and a distribution centre in Guangdong and wishes to outsource its IT service desk, end-user support and infrastructure monitoring. The Service Provider operates a bilingual (Chinese and English) service centre and has a local field-support team in Dongguan. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Monthly Charge" means the fixed monthly fee in Schedule 3.

1.4 "Transition" means the take-over of the services from the Customer's in-house IT team, ending with Transition Acceptance under clause 4.

1.5 "Customer Data" means all data of the Customer, its employees and its customers that the Service Provider accesses in performing the Services, including user accounts, device inventories, tickets, e-mail content and files on supported devices.

## 2. Term

2.1 The Agreement starts on signature. The Service Term is 36 months from the Service Commencement Date, which is the day after Transition Acceptance.

2.2 The Agreement ends at the end of the Service Term. It may be extended only by written agreement of both parties; there is no automatic renewal.

## 3. Services

3.1 The Service Provider shall provide the Services in Schedule 1 for approximately 1,150 users and 1,300 devices at the five Customer sites, in accordance with the Service Levels.

3.2 The Service Provider shall use the Customer's IT service management tool for all tickets, keep the configuration management database accurate, and follow the Customer's change management procedure.

3.3 The Service Provider shall assign a named service delivery manager who meets the Customer's IT manager monthly to review performance, incidents, risks and improvement actions.

## 4. Transition

4.1 The Service Provider shall complete the Transition within 50 days after signature in accordance with the agreed transition plan, including knowledge transfer from the Customer's in-house team, documentation of all supported systems, set-up of remote monitoring, and a parallel run of at least ten business days.

4.2 Transition Acceptance is given in writing by the Customer when: all sites and users are on-boarded to the service desk; the runbooks for every system in Schedule 1 are documented and approved; monitoring covers every server, network device and backup job listed in the inventory; and during the parallel run the Service Provider met the Priority 1 and Priority 2 response times in Schedule 2 for every ticket.

4.3 If Transition Acceptance is not achieved by the date in clause 4.1 for reasons attributable to the Service Provider, the Service Provider shall pay delay damages of CNY 1,800 for each day of delay, up to CNY 90,000.

## 5. Charges and Payment

5.1 The Customer shall pay the Transition fee and the Monthly Charge in Schedule 3.

5.2 The Transition fee is invoiced after Transition Acceptance. The Monthly Charge is invoiced monthly in arrears after the end of each month, together with the monthly service report. Invoices are payable within 30 days after receipt of a valid VAT invoice.

5.3 Service credits under Schedule 2 are deducted from the invoice for the following month.

5.4 The charges are fixed for the Service Term. Additional users above 1,250 are charged at CNY 42 per user per month.

## 6. Customer Data

6.1 Customer Data remains the property of the Customer. The Service Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 The Service Provider shall follow the Customer's reasonable instructions regarding access to the Customer's systems.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information of the other party, including Customer Data, product designs, customer orders, prices and network information, and shall not disclose it to any third party without the other party's prior written consent.

7.2 The Service Provider shall ensure that its personnel are bound by written confidentiality undertakings. This clause survives termination of the Agreement for three years.

## 8. Intellectual Property

8.1 Runbooks, knowledge-base articles, scripts, monitoring configurations and reports prepared for the Customer under this Agreement belong to the Customer, which may use, modify and license them freely, including with a successor provider.

8.2 The Service Provider keeps its pre-existing tools and methods and grants the Customer a free licence to use any of them embedded in the deliverables.

## 9. Personnel and Subcontracting

9.1 The Service Provider shall staff the Services with qualified personnel able to communicate in Mandarin Chinese. Field engineers at the Customer's sites shall follow the Customer's site safety and security rules.

9.2 The Service Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## 10. Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit.

10.2 The Service Provider's total liability arising out of or in connection with this Agreement in any calendar year is limited to the charges paid by the Customer in the nine months preceding the event giving rise to the claim. This limit does not apply to personal injury, fraud or wilful misconduct.

## 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.2 The Customer may terminate the Agreement by written notice if the Service Provider misses the Priority 1 resolution target in three consecutive months.

11.3 On expiry or termination the Service Provider shall provide exit assistance for up to 60 days at the Monthly Charge rate pro-rated, hand over all documentation and deliverables, and return or delete Customer Data as the Customer instructs.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou. The language of arbitration is Chinese.

## 13. General

13.1 The Schedules form part of this Agreement. Amendments must be in writing and signed by both parties.

13.2 This Agreement is made in English and Chinese, both equally authentic.

13.3 Neither party may assign this Agreement without the other party's written consent. Notices must be in writing and sent to the addresses above, with a copy by email to the contract managers named in the transition plan.

Signed for the Customer: ____________________

Signed for the Service Provider: ____________________

## Schedule 1 — Services

| Service | Description | Coverage |
|---|---|---|
| Service desk | Telephone, WeChat and portal support in Mandarin and English; ticket logging, first-line resolution, escalation | Monday to Saturday 07:30–21:30; Priority 1 around the clock |
| End-user support | Desktop, laptop, printer and mobile device support; moves, adds and changes; software installation from the approved catalogue | All five sites; on-site engineers at the head office and the largest factory |
| Infrastructure monitoring | Monitoring of 46 servers, 120 network devices, Wi-Fi controllers and backup jobs; alert handling | Around the clock |
| Patch and backup management | Monthly patching of servers and end-user devices; daily backup checks; quarterly restore tests | As scheduled with the Customer |
| Reporting | Monthly service report with ticket statistics, Service Level results and improvement actions | Monthly |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response time | Resolution target | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | A factory production line, the ERP or the head-office network is down | 15 minutes | 3 hours | 2% of the Monthly Charge per incident |
| Priority 2 | A department or several users cannot work | 30 minutes | 8 hours | 1% of the Monthly Charge per incident |
| Priority 3 | A single user or non-critical function affected | 2 hours | 2 business days | none |
| Service desk | Calls answered within 30 seconds | 90% of calls per month | — | 1% of the Monthly Charge per month missed |

Total service credits in any month are capped at 20% of the Monthly Charge.

## Schedule 3 — Charges

| Item | Amount (CNY) | Basis |
|---|---|---|
| Transition fee (one-time) | 64,000 | Invoiced after Transition Acceptance |
| Monthly Charge | 58,000 | Per month for 36 months, monthly in arrears |
| Total Monthly Charges for the Service Term | 2,088,000 | 36 × 58,000 |
| Total contract value | 2,152,000 | Transition fee plus Monthly Charges |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
MARITIME POSITION AND PORT-CALL DATA API

Agreement No. LMD-SUB-2025-061

BETWEEN
Qingdao Haitong International Shipping Agency Co., Ltd., Shibei District, Qingdao, Shandong, People's Republic of China ("Subscriber"); and
PT Losari Maritime Data, Jalan Penghibur, Makassar, South Sulawesi, Indonesia ("Provider").

BACKGROUND
Subscriber is a shipping agency serving vessel owners and charterers at ports in northern China. Provider compiles vessel position data from terrestrial and satellite AIS receivers, port-call records and vessel particulars, and makes them available through a REST API and bulk files. Subscriber wishes to use this data in its vessel-tracking portal, its port-call planning and its voyage reports to customers.

1. DEFINITIONS
1.1 "Licensed Data" means the vessel positions, port-call events, estimated times of arrival, vessel particulars and related data that Provider makes available under this Agreement.
1.2 "API" means Provider's production application programming interface and bulk file service described in the Service Description.
1.3 "Subscription Year" means each period of 365 consecutive days starting on the Service Start Date or its anniversary. The subscription runs for two Subscription Years.
1.4 "Service Start Date" means the day after Integration Acceptance under clause 4.
1.5 "Subscriber Data" means all data that Subscriber or its users submit to the API or that Provider holds about Subscriber's use of the API, including fleet watchlists, areas of interest, user accounts, query logs and customer names entered in watchlists.
1.6 "Integration Deliverables" means the data-mapping configurations, webhook definitions and the connector to Subscriber's port-call planning system that Provider builds for Subscriber.

2. LICENCE
2.1 Provider grants Subscriber, for the subscription period, a non-exclusive, non-transferable licence to access the Licensed Data through the API, to store it in Subscriber's systems, to display it to Subscriber's employees and to customers through Subscriber's portal, and to include extracts in reports to customers.
2.2 Subscriber shall not resell the Licensed Data as a stand-alone data product or use it to build a competing data service.
2.3 Usage allowance: up to 3,000,000 API calls and 40 bulk-file downloads per calendar month. Calls above the allowance are charged at the overage rate in the Service Description.

3. FEES AND PAYMENT
3.1 The fees are:
   (a) subscription fee of CNY 396,000 per Subscription Year, for two Subscription Years, CNY 792,000 in total;
   (b) integration fee (one-time) of CNY 28,000.
   The total contract value is CNY 820,000, inclusive of VAT. Overage charges are not included.
3.2 The subscription fee is invoiced quarterly in advance (CNY 99,000 per quarter) at the start of each quarter of each Subscription Year. The integration fee is invoiced after Integration Acceptance.
3.3 Subscriber shall pay each undisputed invoice within 30 days after receipt of a valid VAT invoice. The fees are fixed for the subscription period.

4. INTEGRATION AND ACCEPTANCE
4.1 Provider shall issue production API credentials and build the Integration Deliverables within 40 days after signature.
4.2 Integration Acceptance occurs when Subscriber confirms in writing that: the API returns positions for all vessels on Subscriber's test watchlist of 500 vessels; at least 95 of every 100 position reports in the coastal areas of Qingdao, Rizhao and Yantai are no older than three minutes over a test period of seven days; port-call events for the test watchlist match Subscriber's agency records for the same period; and the connector posts port-call events to Subscriber's planning system without error for five consecutive business days.
4.3 If Integration Acceptance is delayed for reasons attributable to Provider, Provider shall pay Subscriber CNY 900 for each day of delay, up to CNY 41,000.

5. SERVICE LEVELS
5.1 Provider shall keep the API available for at least 99.95% of each calendar month, measured at Provider's gateway, excluding scheduled maintenance notified at least 72 hours in advance and performed between 00:00 and 04:00 China Standard Time.
5.2 Severity 1 incidents (the API or bulk service unavailable, or position data delayed by more than 30 minutes for the whole coverage area) shall be responded to within 8 hours and resolved within 24 hours. Severity 2 incidents (partial degradation) shall be responded to within one business day.
5.3 If monthly availability falls below the level in 5.1, Subscriber receives a service credit of 5% of the monthly share of the subscription fee for each 0.1 percentage point of shortfall, up to a quarter of that monthly share. Credits are deducted from the next invoice.

6. SUBSCRIBER DATA AND SECURITY
6.1 Subscriber Data belongs to Subscriber. Provider shall use Subscriber Data only to provide the API and support under this Agreement and shall not use it for any other purpose, including in aggregated or anonymised form.
6.2 Provider shall protect Subscriber Data with industry-standard security measures, including encryption in transit and at rest, role-based access, multi-factor authentication for administrative access and logging of access. Provider shall host the API endpoints serving Subscriber in mainland China through its hosting partner and shall not transfer Subscriber Data outside mainland China without Subscriber's written approval.
6.3 Provider shall notify Subscriber within 24 hours after becoming aware of any unauthorised access to Subscriber Data, cooperate with Subscriber's response, and be responsible for losses caused by its failure to comply with this clause.
6.4 At the end of the Agreement Provider shall delete Subscriber Data within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY
7.1 Provider and its sources retain all rights in the Licensed Data and the API.
7.2 The Integration Deliverables belong to Subscriber, which may use, modify and license them freely. Provider shall deliver their source code and documentation at Integration Acceptance.
7.3 Provider warrants that it has the rights needed to license the Licensed Data under this Agreement and shall indemnify Subscriber against third-party claims that the Licensed Data or the Integration Deliverables infringe their rights.

8. DATA QUALITY
8.1 Provider shall use recognised methods to filter erroneous AIS messages and shall correct systematic errors reported by Subscriber within ten business days.
8.2 Provider shall describe in the Service Description the sources of the Licensed Data, its coverage areas and its known limitations, and shall inform Subscriber promptly of any material loss of coverage, such as the failure of a receiving station serving the ports in clause 4.2.
8.3 Provider does not warrant that the Licensed Data is complete for every vessel at every moment, since AIS reception depends on vessels' equipment and radio conditions.

9. LIABILITY
9.1 Neither party is liable for indirect or consequential loss.
9.2 Each party's total liability under this Agreement is limited to 150% of the total contract value. The limit does not apply to breach of clause 6, infringement claims under clause 7.3, personal injury or wilful misconduct.

10. SUBCONTRACTING
10.1 Provider shall not subcontract the performance of this Agreement, other than the hosting partner named in the Service Description, without Subscriber's prior written consent. Provider remains responsible for its hosting partner and any approved subcontractor.

11. TERM AND TERMINATION
11.1 This Agreement takes effect on signature and ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written agreement, including on the fees.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after written notice.
11.3 Subscriber may also terminate by written notice if monthly availability falls below the level in 5.1 in three months of a Subscription Year.
11.4 On termination by Subscriber under 11.2 or 11.3, Provider shall refund fees paid for the period after termination. Licensed Data incorporated in reports already delivered to customers may continue to be used in those reports.

12. GOVERNING LAW AND DISPUTES
12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The arbitration shall be conducted in Chinese and English.

13. SUPPORT AND CHANGES
13.1 Provider shall provide technical support in English and Chinese by email and through its support portal on business days between 08:00 and 20:00 China Standard Time, and for Severity 1 incidents at any time.
13.2 Provider shall announce changes to the API that are not backward compatible at least 90 days in advance and shall keep the previous API version available during that period. Subscriber's integration shall not be broken by changes made without such notice.
13.3 Provider shall send Subscriber a monthly service report showing availability, incidents, data latency statistics for the coastal areas named in clause 4.2 and API usage against the allowance.

14. GENERAL
14.1 Notices shall be in writing and sent to the addresses above, with a copy by email.
14.2 Neither party may assign this Agreement without the other party's written consent.
14.3 This Agreement, with the Service Description, is the entire agreement of the parties on its subject.

SIGNED for Subscriber: ____________________
SIGNED for Provider: ____________________
"""

# ---------------------------------------------------------------- files, labels, design
FILES = {
    "z01": ("h624z01_heritage_bureau_safety_monitoring_platform", "pdf", Z01),
    "z02": ("h624z02_rubber_plant_curing_press_control_retrofit", "docx", Z02),
    "z03": ("h624z03_eye_clinic_chain_appointment_saas", "txt", Z03),
    "z04": ("h624z04_housing_fund_loan_system_annual_om", "txt", Z04),
    "z05": ("h624z05_vermicelli_drying_room_monitoring_supplier_template", "md", Z05),
    "e01": ("h624e01_cmms_perpetual_licence_cebu_vendor", "pdf", E01),
    "e02": ("h624e02_service_desk_saas_order_form_davao_vendor", "md", E02),
    "e03": ("h624e03_cold_store_sensors_monitoring_licence_surabaya_vendor", "docx", E03),
    "e04": ("h624e04_managed_it_support_36_months_bandung_vendor", "md", E04),
    "e05": ("h624e05_maritime_data_api_subscription_makassar_vendor", "txt", E05),
}

T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: (category, terms in T_KEYS order, sla_clause, ld_stated, pwf_capped, deemed, contract_value, fee_base, design rules)
D = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True,
                         False, "PRC", G], True, True, True, False, 1868000, 1160000, []),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.03, 150, 10, True, True, 24, 11, False, True,
                         True, "PRC", G], True, True, True, False, 1720000, 1494000, ["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z03": ("cloud", [99.5, 0.25, True, "buyer", True, False, True, 0.1, None, None, True, None, None, None, True, True,
                      False, "PRC", S], True, True, None, False, 734000, None,
            ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "z04": ("services", [99.95, 0.25, False, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                         False, False, None, S], True, True, None, False, 568000, None,
            ["CR-SLA-NO-REMEDY", "CR-TERMINATION"]),
    "z05": ("software", [None, None, False, "supplier", True, True, True, 0.08, 20, 65, False, False, 6, 25, False, True,
                         None, None, G], False, True, True, True, 750000, 560000,
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT",
             "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 18, 13, False, True, False,
                         "Philippines", G], True, True, True, False, 1570000, 1072000, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                      True, "PRC", S], True, False, None, False, 682000, None, ["CR-LD-MISSING", "CR-SUBCONTRACT"]),
    "e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 10, True, True, 24, 8.5, False, True,
                         False, "PRC", G], True, True, True, False, 1170000, 959800, []),
    "e04": ("services", [None, 0.25, True, "buyer", False, True, True, 1800 / 2152000 * 100, 9 / 36 * 100, None, True,
                         None, None, None, False, True, False, "PRC", S], True, True, None, False, 2152000, None,
            ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": ("cloud", [99.95, 8, True, "buyer", True, True, False, 900 / 820000 * 100, 150, None, True, None, None, None,
                      False, True, False, "PRC", S], True, True, None, False, 820000, None,
            ["CR-CONFIDENTIALITY", "CR-SLA-RESPONSE"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, fee_base):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = itemised
    licence/hardware subtotal. Returns the post-warranty share in %, or None when not computable."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = t["post_warranty_fee_pct"] / 100 * fee_base * years
    return post / (x["contract_value"] + post) * 100


def derive(t, x, fee_base):
    """My reading of policy §3, from the label alone (plus the itemised fee base for TCO)."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not x["post_warranty_fee_capped"] or f > 15:
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, fee_base)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if set(rules) & HIGH:
        return "high"
    if set(rules) - LOW:
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold scan
PATTERNS = [r"(?<![\d.])99\.9(?!\d)", r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h\b|小时|个小时)",
            r"(?<!twenty)(?<!twenty-)(?<!twenty )four[\s-]*hours?", r"(?<!十)四个?小时",
            r"(?<![\d.])0\.05(?!\d)", r"万分之五(?!十)", r"千分之零点五",
            r"(?<![\d.])100\s*%", r"百分之一?百", r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九点])", r"三成",
            r"(?<![\d.])12\s*-?\s*(?:months?|个月|月)", r"twelve[\s-]*months?", r"(?<![一二三四五六七八九十])十二个?月",
            r"(?<![\d.])15\s*%", r"百分之十五(?!点)", r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九点])", r"四成",
            r"(?<![\d.])5\s*-?\s*(?:years?|年)", r"five[\s-]*years?", r"(?<![〇零一二三四五六七八九十])五年"]
SCAN = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "4 hours", "4小时", "四小时", "within four hours", "0.05%", "万分之五", "100%", "30%", "百分之三十",
            "12个月", "12 months", "12-month", "十二个月", "twelve months", "15%", "百分之十五", "40%", "百分之四十",
            "5年", "5 years", "five years", "五年", "4 h"]
MUST_MISS = ["99.95%", "24 hours", "二十四小时", "24小时", "0.055", "150%", "130%", "2025年", "二十四个月", "1.4 hours",
             "115%", "0.5%", "35%", "45%", "14 days", "万分之八", "twenty-four hours", "三十六个月", "2.5 years"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in SCAN:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    for s in MUST_HIT:
        assert hits(s), ("scan misses", s)
    for s in MUST_MISS:
        assert not hits(s), ("scan hits", s, hits(s))
    srcs, tgts = {}, {}
    for key, (stem, ext, src) in FILES.items():
        if ext in ("txt", "md"):
            (OUT / f"{stem}.{ext}").write_text(src, encoding="utf-8")
        else:
            srcs[key], tgts[key] = src, (f"{stem}.{ext}", ext)
    write(srcs, tgts, OUT, wrap_words=True)
    covered, problems = set(), []
    for key, (stem, ext, src) in FILES.items():
        lang = "zh" if key[0] == "z" else "en"
        cat, terms, sla, lds, capped, deemed, cv, base, design = D[key]
        t = dict(zip(T_KEYS, terms))
        x = {"sla_clause": sla, "ld_stated": lds}
        if t["contract_kind"] == G:
            x["post_warranty_fee_capped"] = capped
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = cv
        rules = derive(t, x, base)
        if rules != sorted(design):
            problems.append((key, "derived", rules, "design", sorted(design)))
        covered |= set(rules)
        for k, thr in [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)]:
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append((key, "on threshold", k))
        share = tco_share(t, x, base) if t["contract_kind"] == G else None
        if share is not None and abs(share - 40) <= 2:
            problems.append((key, "TCO share near 40", share))
        text = read_back(OUT / f"{stem}.{ext}")
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((key, "length", n))
        h = hits(text)
        if h:
            problems.append((key, "threshold text", sorted(set(h))))
        label = {"file": f"{stem}.{ext}", "language": lang, "category": cat, "expected_terms": t,
                 "expected_extra": x, "expected_rules": rules}
        (OUT / f"{stem}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{key} {stem}.{ext} {lang} size={n} risk={risk(rules)} tco="
              f"{'-' if share is None else round(share, 1)} rules={','.join(r[3:] for r in rules) or '(none)'}")
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append(("coverage", missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
