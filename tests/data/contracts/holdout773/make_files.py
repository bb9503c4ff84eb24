"""holdout773: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.
Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:黑臭水体治理监测平台建设项目合同
P:合同编号：HJ-ZFCG-2027-0318
P:采购人（甲方）：清溪市生态环境局
P:供应商（乙方）：碧流环境信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及清溪市黑臭水体治理监测平台建设项目公开招标文件（项目编号QXCG-2027-041）、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“清水智鉴”水环境监测平台软件许可一套（永久使用许可，不限用户数），并完成以下定制开发：全市37条已整治水体及9条新增疑似水体的水质自动站、视频监控和无人机巡河数据接入；与市河长制管理平台、排污许可管理系统及市政管网地理信息系统对接；黑臭返黑预警模型及整治成效评估报表。
P:1.2 乙方负责平台在甲方政务云资源上的部署、历史监测数据迁移、系统联调、试运行及人员培训。
P:1.3 项目实施地点为甲方指定地点，实施周期为合同签订之日起一百五十日内完成初验。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零叁万捌仟元整（¥2,038,000），包括：平台软件许可费¥1,180,000；定制开发费¥736,000；部署实施费¥94,000；培训费¥28,000。
P:2.2 上述价款为固定总价，已包含税费、差旅、第三方组件授权等乙方完成本项目所需的全部费用，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行履约保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 项目初验合格后，甲方支付合同总价的45%。
P:3.3 项目最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的等额增值税发票。甲方付款受财政资金拨付进度影响的，应及时书面告知乙方。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后十日内提交实施方案，经甲方确认后执行。
P:4.2 乙方应按实施方案交付软件介质、源代码（定制部分）、数据库设计说明、接口文档、用户手册及运维手册。
P:4.3 乙方应组建不少于8人的项目团队，其中项目经理须具有信息系统项目管理师资格并驻场实施。项目经理及核心技术人员未经甲方同意不得更换；确需更换的，接替人员资历不得低于原人员。
P:4.4 乙方应每周向甲方提交实施周报，说明进度、问题和下周计划；进度滞后超过十日的，应提交书面赶工措施。
P:4.5 历史数据迁移范围为2019年以来的手工监测、自动站和巡河记录。迁移前乙方应提交迁移方案和回退方案，迁移后逐表核对记录数及关键字段，核对结果经甲方确认。
P:4.6 培训分为管理员培训和业务人员培训两类，累计不少于六个班次，培训教材及课件交甲方留存。
H:第五条 验收
P:5.1 初验条件：平台全部功能按招标文件技术要求实现；46个水体的监测数据接入率达到招标要求且连续十日无中断；三个外部系统接口联调通过；预警模型经甲方组织的专家评审通过。
P:5.2 最终验收条件：初验后试运行满九十日；试运行期间未发生一级故障；第三方机构出具的网络安全等级保护测评报告无高风险项；乙方按第4.2款完成全部文档交付。
P:5.3 甲方在收到乙方验收申请后十五个工作日内组织验收，并出具书面验收意见。系统上线使用、试运行或甲方支付部分款项，均不视为验收合格。
H:第六条 质保与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和每季度一次的现场巡检，并在汛期前完成一次专项健康检查。
P:6.2 质保期满后，如甲方需要，乙方应按不高于平台软件许可费9%的年费（即每年不超过¥106,200）提供维护服务，该价格在质保期满后三年内保持不变。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%（计划内维护时间除外，计划维护须提前三日通知甲方）。
P:7.2 一级故障（平台整体不可用或监测数据全部中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障1小时内响应，次日内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时按¥800扣减维护费或从履约保函中扣除；月度可用率每低于承诺值0.01个百分点，扣¥1,000。
H:第八条 知识产权
P:8.1 平台软件的原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的接口程序、预警模型、报表及其源代码和文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第九条 数据安全
P:9.1 平台采集、存储和产生的全部监测数据、业务数据均属于甲方所有。乙方仅为履行本合同使用上述数据，不得用于其他任何目的，不得向任何第三方提供。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求，运维人员须经堡垒机访问，不得私自复制或带离数据。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因导致数据安全事件的，乙方承担全部责任并赔偿甲方损失。
H:第十条 保密
P:10.1 乙方对履行合同中知悉的甲方工作秘密、监测点位信息及其他未公开信息负有保密义务，未经甲方书面同意不得向第三方披露。保密义务不因合同终止而解除。
P:10.2 乙方应与参与本项目的全部人员签订保密承诺书，并在项目启动时报甲方备案。乙方人员违反保密义务的，视为乙方违约。
P:10.3 未经甲方同意，乙方不得在宣传材料、案例展示或投标文件中使用本项目的监测数据、界面截图或甲方名称。
H:第十一条 违约责任
P:11.1 乙方未按期完成初验或最终验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定的，应在甲方规定期限内整改，整改后仍不合格的，甲方有权拒绝验收。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将本合同项下的任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期超过六十日或出现重大违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
P:13.3 合同解除后，乙方应在十日内向甲方移交已完成的工作成果、定制部分源代码和全部甲方数据，并出具数据删除确认书。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因地震、洪水、疫情等不能预见、不能避免且不能克服的客观情况致使一方不能履行合同的，受影响方应在五日内书面通知对方并提供证明，双方据实协商延期或部分免除责任。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及双方确认的实施方案为本合同的组成部分。
P:16.2 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:甲方（盖章）：清溪市生态环境局    乙方（盖章）：碧流环境信息技术有限公司
P:签订日期：2027年3月18日
"""

Z02 = """T:哑铃浇铸包胶生产线控制系统改造及维保合同
P:合同编号：JL-SB-2027-026
P:甲方：如皋市健力哑铃制造有限公司
P:乙方：南通恒控自动化工程有限公司
P:甲方拟对其二号车间哑铃铸铁浇铸线及橡胶包胶线的控制系统进行改造。乙方经甲方比选确定为供应商。双方根据《中华人民共和国民法典》，就设备供货、软件许可、安装调试及维保服务事宜订立本合同。
H:第一条 改造范围
P:1.1 乙方负责供货并安装浇铸工位PLC控制柜、模具温控系统、包胶机伺服驱动、在线称重及视觉检测装置、车间工业网络，提供产线监控软件许可，并完成与甲方现有ERP系统的订单及报工数据对接。
P:1.2 改造后需实现：浇铸温度闭环控制、包胶厚度与硫化时间按规格自动调用配方、成品单只称重剔除、每班产量与废品率自动统计。
P:1.3 改造须在甲方安排的停产窗口内分两批完成，每批停线不超过十五日，乙方应提前七日提交停线施工计划。
H:第二条 设备清单及价格
TB:序号|名称|规格/说明|数量|单价（元）|金额（元）
TB:1|浇铸工位PLC控制柜|含触摸屏、安全继电器|6套|58,000|348,000
TB:2|模具温控系统|热电偶、温控模块、加热回路改造|6套|36,500|219,000
TB:3|包胶机伺服改造|伺服电机、驱动器、编码器|4台|72,000|288,000
TB:4|在线称重及视觉检测|动态秤、工业相机、剔除机构|2套|96,500|193,000
TB:5|工业交换机及车间网络|环网交换机、光缆、机柜|1批|86,000|86,000
TB:6|产线监控软件许可|永久许可，含配方管理、报工模块|1套|292,000|292,000
TB:|软硬件小计||||1,426,000
TB:7|安装调试及ERP对接|含PLC编程、画面组态、接口开发|1项|124,000|124,000
TB:8|培训|操作、维修人员培训|1项|18,000|18,000
TB:|合同总价||||1,568,000
P:2.1 合同总价为人民币壹佰伍拾陆万捌仟元整（¥1,568,000），含税、运输、保险、安装调试及质保期内服务费用。
H:第三条 付款方式
P:3.1 合同生效后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 全部设备到货并安装调试完成后，甲方支付合同总价的50%。安装调试完成不视为验收合格。
P:3.3 最终验收合格后十五个工作日内，甲方支付合同总价的25%。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后六十日内将全部设备运至甲方二号车间，并按停线施工计划完成安装。
P:4.2 设备到货时双方共同开箱检验，核对型号、数量及随机资料，开箱记录仅作为到货证明。
P:4.3 乙方现场施工人员应遵守甲方安全生产制度，动火、登高及带电作业须办理作业票。乙方应为现场人员办理意外伤害保险，施工期间发生的人身伤害由乙方负责处理。
P:4.4 乙方应指派一名具有五年以上产线自动化改造经验的项目经理常驻现场，负责施工组织、进度协调及与甲方设备科的对接；项目经理更换须征得甲方同意。
P:4.5 改造过程中需拆除的原有控制柜、线缆及仪表归甲方所有，乙方应清点后移交甲方仓库，不得自行处置。
P:4.6 每批改造完成恢复生产后，乙方应派员跟班保产七日，及时处理调试遗留问题，并记录在保产日志中。
P:4.7 乙方应交付电气原理图、接线图、PLC程序注释清单、操作规程、维修手册及备件清单，图纸须与现场实际一致，纸质版两套、电子版一套。
P:4.8 培训包括操作工、班组长及设备维修人员三类，累计不少于四十学时。培训结束后由乙方组织考核，考核合格的人员方可独立操作改造后的设备。
H:第五条 验收
P:5.1 验收标准：连续生产二十个工作日，浇铸温度偏差不超过±5℃；包胶厚度合格率不低于98.5%；称重剔除误判率低于千分之二；报工数据与ERP核对一致；急停、安全门及过温保护联锁试验全部通过；无因控制系统导致的停线事故。
P:5.2 满足前款条件后，乙方提交验收申请，甲方在十个工作日内组织验收并签署验收报告。设备投入生产使用不视为验收合格。
H:第六条 质保及维保服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换损坏部件，免费升级监控软件。
P:6.2 质保期满后，乙方按软硬件小计的7.5%每年（即¥106,950）提供维保服务，该年费自质保期满起三年内不作调整。维保服务包括每季度一次预防性维护、备件供应及远程技术支持。
P:6.3 一级故障（整条产线停产）乙方应在1小时内响应，6小时内到达现场；二级故障（单台设备停机）2小时内响应，次日到场处理。
P:6.4 乙方响应或到场超时的，每超时1小时扣减当期维保费或质保金¥500。
P:6.5 乙方应在甲方仓库储备PLC模块、伺服驱动器、温控模块及相机等关键备件，备件清单作为本合同附件。质保期内备件消耗由乙方无偿补足。
P:6.6 乙方承诺所供设备停产后至少五年内继续供应兼容备件或提供替代方案。
H:第七条 知识产权
P:7.1 监控软件的著作权归乙方所有，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、触摸屏画面、配方模板及ERP接口程序归甲方所有，乙方应交付源程序，甲方可自行修改和使用。
H:第八条 生产数据安全
P:8.1 工艺配方、产量、质量及订单数据属于甲方，乙方仅为调试和维保目的使用，不得复制、外传或用于其他客户。
P:8.2 乙方远程维护须经甲方逐次审批，通过甲方提供的VPN账号接入并留存操作记录。乙方应采取必要措施防止病毒传入控制网络。
P:8.3 因乙方原因造成数据泄露、丢失或控制系统感染病毒的，乙方应立即通知甲方并负责恢复，赔偿由此给甲方造成的损失。
H:第九条 保密
P:9.1 双方对在合作中知悉的对方技术资料、工艺参数、客户信息和商务条件负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内继续有效。
H:第十条 分包
P:10.1 乙方可将设备搬运、线缆敷设及机柜安装等辅助工作交由具备相应资质的第三方完成，但应提前五个工作日书面通知甲方。乙方对第三方的工作质量和安全承担责任。
H:第十一条 违约责任
P:11.1 乙方未按期交货或完成安装的，应采取措施尽快完成，并与甲方协商调整停线计划。
P:11.2 设备或软件不符合约定的，乙方应在十日内免费更换或整改。
P:11.3 任何一方违反本合同约定给对方造成损失的，应依法承担赔偿责任。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面通知后十五日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:12.2 甲方逾期付款超过六十日的，乙方有权暂停维保服务。
P:12.3 合同解除的，乙方应配合甲方恢复产线原有控制方式或移交已完成部分的程序和资料，确保甲方生产不因合同解除而中断。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。
P:13.2 争议协商不成的，提交南通仲裁委员会仲裁，仲裁裁决是终局的。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，根据影响程度部分或全部免除责任。
H:第十五条 其他
P:15.1 本合同附件包括技术规格书、停线施工计划和培训计划，与本合同具有同等效力。
P:15.2 本合同一式四份，双方各执两份，自双方盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:日期：2027年4月   日
"""

Z03 = """舞动连锁门店预约及会员管理SaaS服务合同

合同编号：JZ-IT-2027-011
甲方：上海律动爵士舞培训连锁有限公司
乙方：杭州约课云网络科技有限公司

甲方在全国经营45家爵士舞培训门店，现需统一的课程预约、会员管理和门店运营系统。甲乙双方根据《中华人民共和国民法典》等法律法规，经友好协商，就乙方向甲方提供“约课云”SaaS服务及实施服务事宜达成如下协议。

一、服务内容
（一）SaaS服务
1. 乙方向甲方45家门店开通“约课云”连锁版，包括课程排期、学员在线约课与签到、会员卡及课包管理、教练课时统计、储值与退费审批、营销活动、总部经营报表等功能模块。
2. 服务开通账号包括总部管理员账号10个、门店店长及前台账号每店3个、教练账号不限数量；学员通过甲方品牌微信小程序使用约课功能。
3. 乙方负责系统的托管、运行维护、版本升级和日常技术支持，甲方无需自行采购服务器或软件。
（二）实施服务
1. 乙方为甲方定制品牌小程序界面，配置45家门店的教室、课程体系、教练档案和价格体系。
2. 乙方将甲方原有表格及旧系统中的会员资料、剩余课时和储值余额迁移至新系统，迁移前后由甲方逐店抽查核对。
3. 乙方为甲方总部及门店人员提供线上和线下培训，线下培训分华东、华南、华北三个片区各组织一次。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自系统上线验收合格之日起算，每个服务年度为连续的三百六十五日。
（二）实施服务应在合同签订后六十日内完成，乙方可按片区分批上线，但全部门店上线不得晚于上述期限。

三、费用及支付
（一）费用构成
1. SaaS服务年费：每店每服务年度人民币6,800元，45家门店合计每服务年度306,000元，两个服务年度合计612,000元。
2. 实施服务费：一次性人民币86,000元。
3. 合同总价：人民币698,000元（含税）。
（二）支付方式
1. 实施服务费在系统上线验收合格后十五个工作日内一次性支付。
2. 每个服务年度的年费于该服务年度开始后十五个工作日内支付。
3. 门店数量在服务期内增加的，新增门店按剩余服务天数折算年费；门店关闭的，甲方可停用相应账号，已付年费不予退还。
4. 乙方应在每次收款前开具增值税专用发票。
5. 除本合同约定外，乙方不得以任何名义另行向甲方或学员收取费用；小程序支付通道手续费按微信支付标准由甲方承担。

四、上线验收
（一）乙方完成配置和数据迁移后，应提交上线验收申请。验收标准为：全部功能模块按需求确认书实现；会员资料、剩余课时和储值余额迁移准确，抽查差错为零；小程序在高峰时段500人同时约课时页面响应不超过2秒；三个片区培训已完成。
（二）甲方在收到申请后七个工作日内组织验收并书面确认。部分门店试用系统不视为验收合格。

五、服务水平
（一）乙方保证系统月度可用率不低于99.95%，计划维护应安排在凌晨零点至六点之间并提前三日通知甲方。
（二）故障分级及响应：一级故障（全部门店无法约课或签到）30分钟内响应，2小时内恢复；二级故障（部分功能异常或单店无法使用）1小时内响应，当日解决；三级故障（咨询及一般问题）次一工作日内答复。
（三）月度可用率低于承诺值的，每低于0.1个百分点，乙方按当月年费折算金额的5%给予服务抵扣；一级故障恢复超时的，每超时1小时抵扣人民币1,000元。服务抵扣在下一期年费中扣减。
（四）乙方应于每月前五个工作日内向甲方提交上月服务报告，列明可用率、故障清单、处理时长及服务抵扣金额，经甲方确认后作为结算依据。乙方应提供全天候客服热线和在线工单入口，门店可直接报障。

六、会员数据
（一）甲方及其学员在系统中产生的会员资料、预约记录、消费和课时数据均归甲方所有。
（二）乙方仅为向甲方提供本合同约定的服务而处理上述数据，不得用于其他目的。
（三）服务期满或合同解除后三十日内，乙方应按甲方要求以通用格式导出并交付全部数据。

七、知识产权
（一）“约课云”平台及其原有功能的知识产权归乙方所有。
（二）乙方为甲方定制的品牌小程序界面、专属报表模板及设计素材归甲方所有，甲方可自行或委托他人修改使用。

八、双方的其他义务
（一）乙方应为甲方配备专属客户成功经理一名，每月回访总部运营部门，每季度提交一次系统使用分析报告，提出排课和会员运营方面的改进建议。
（二）乙方对系统的重大版本升级应提前十日通知甲方，并在升级前提供更新说明；升级导致既有功能不可用的，按一级故障处理。
（三）甲方应指定总部项目联系人，及时提供门店资料、课程价格和历史会员资料，并组织门店人员参加培训。
（四）甲方应督促门店人员按操作手册使用系统，不得利用系统发布违反法律法规或侵犯他人权益的内容。
（五）甲方新开门店的，应提前十日通知乙方；乙方应在五个工作日内完成新门店开通和配置，并提供一次线上培训。

九、保密
（一）双方对在合作中获悉的对方商业秘密、经营数据、价格信息负有保密义务，未经对方书面同意，不得向第三方披露或用于本合同以外的目的。
（二）保密义务在本合同终止后三年内继续有效。

十、违约责任
（一）乙方未按期完成实施服务的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期支付费用的，每逾期一日按逾期金额的万分之三支付违约金。
（三）乙方在本合同项下的累计赔偿责任以合同总价的二倍为限。

十一、分包
乙方不得将本合同项下的实施服务分包给第三方；确需将部分培训工作委托他人的，应事先取得甲方书面同意。

十二、续期
服务期满前三十日内双方均未书面提出终止的，本合同自动续期一个服务年度。续期年费由乙方根据当年产品价格体系确定，较上一服务年度上调幅度不超过8%，乙方提前书面告知甲方即可执行。

十三、合同解除
（一）乙方严重违约或连续两个月可用率未达承诺，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，乙方应退还未使用服务期对应的年费。
（二）一方进入破产程序的，另一方可书面通知解除合同。
（三）合同解除或期满不再续期的，乙方应保留甲方账号只读访问三十日，便于甲方导出数据、核对剩余课时并处理会员退费。

十四、法律适用及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。

十五、不可抗力
因不可抗力或电信运营商大面积网络中断导致一方不能履行合同的，该方应及时通知对方，并在影响消除后尽快恢复履行；受影响期间的相应责任可部分或全部免除，但乙方应尽力减少对门店营业的影响。

十六、通知
双方联系人、地址及电子邮箱以合同首部及附件记载为准。一方变更联系方式的，应在三日内书面通知对方，否则按原地址送达视为有效送达。

十七、其他
（一）需求确认书、门店清单为本合同附件，与本合同具有同等效力。
（二）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海律动爵士舞培训连锁有限公司
乙方（盖章）：杭州约课云网络科技有限公司
签订日期：2027年5月"""

Z04 = """双拥优抚对象管理系统2027年度运维服务合同

项目编号：YX-CS-2027-007（竞争性磋商）
采购人（甲方）：云溪市退役军人事务局
供应商（乙方）：云溪数政信息服务有限公司

根据《中华人民共和国政府采购法》及其实施条例、《政府采购竞争性磋商采购方式管理暂行办法》，甲方就“双拥优抚对象管理系统2027年度运维服务”项目采用竞争性磋商方式采购，经磋商小组评审确定乙方为成交供应商。双方依据磋商文件、乙方响应文件及成交通知书，订立本合同。

第一条 服务范围
（一）本合同运维对象为甲方双拥优抚对象管理系统，包括优抚对象信息管理、抚恤补助发放、优待证管理、双拥活动管理、褒扬纪念管理五个子系统，以及与省级退役军人信息系统、市民政救助系统和社保系统的数据接口。
（二）服务内容包括：驻场运维、应用系统巡检与性能优化、数据库及中间件维护、安全加固与等级保护测评配合、数据核查与报表支持、用户培训与热线答疑。
（三）系统硬件及政务云资源由甲方另行采购，乙方负责应用层及数据库层运维，并配合云服务商处理基础设施故障。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。服务期满后，甲方根据考核结果决定是否重新采购，本合同不自动续期。

第三条 合同金额
（一）合同总价为人民币肆拾壹万捌仟元整（¥418,000），包括：驻场运维费¥236,000，应用巡检与优化费¥78,000，数据库及中间件维护费¥62,000，安全加固与等保配合费¥42,000。
（二）上述价格为服务期内的固定总价，已包含人员、交通、工具及税费。

第四条 付款方式
（一）服务费按季度支付，每季度¥104,500。
（二）每季度结束后，甲方依据第八条考核结果在十五个工作日内支付上一季度服务费，扣除当季服务扣减款。
（三）乙方应在甲方付款前开具合法有效的发票。本合同不设预付款。

第五条 日常运维工作
（一）每日检查应用服务、数据库、接口任务及备份作业运行状态，填写运维日志；每周分析系统日志和慢查询，提出优化建议。
（二）每日进行数据库增量备份，每周全量备份，每月进行一次备份恢复演练，备份介质由甲方保管。
（三）每季度对省级接口、民政救助接口和社保接口的数据一致性进行核查，形成核查报告；发现错漏的，协助甲方业务科室整改。
（四）配合甲方完成年度等级保护测评、安全检查和漏洞整改，在漏洞通报后按甲方要求的期限完成修复。
（五）为区县退役军人服务站工作人员提供热线答疑，每半年组织一次业务操作培训，培训人数不少于八十人次。

第六条 人员要求
（一）乙方安排驻场工程师两名，工作日在甲方机房值守，其中至少一人具有数据库管理员认证；重要节日、抚恤金集中发放期间实行加班值守。
（二）乙方应配备不少于三名后台技术人员提供远程支持，所有人员须通过政审并签订保密承诺书。
（三）乙方更换驻场人员须提前十日书面报甲方同意，并完成不少于五个工作日的交接。
（四）驻场人员应遵守甲方考勤和机房管理制度，因病假、事假离岗超过两日的，乙方应安排同等资质人员顶岗，顶岗人员同样须通过政审。

第七条 服务水平
（一）系统月度可用率不低于99.5%，计划停机须提前三个工作日报甲方批准并安排在非工作时间。
（二）故障分级：一级故障指系统整体不可用或抚恤补助发放功能中断；二级故障指单个子系统不可用；三级故障指一般功能缺陷或操作问题。
（三）一级故障乙方应在15分钟内响应，1小时内到场，6小时内恢复；二级故障30分钟内响应，当日恢复；三级故障两个工作日内解决。
（四）抚恤补助集中发放前十日，乙方应完成一次专项巡检和数据校验，并出具书面报告。

第八条 考核与扣减
（一）甲方按季度对乙方进行考核，考核内容包括可用率、故障响应及恢复时间、巡检报告、用户满意度。
（二）月度可用率低于承诺值的，每低于0.1个百分点扣减当季服务费¥2,000；一级故障响应或恢复超时的，每超时1小时扣减¥1,000；巡检报告未按时提交的，每次扣减¥500。
（三）当季扣减总额不超过当季服务费的20%。

第九条 服务验收
（一）服务开始后十日内乙方应完成系统交接，提交系统现状评估报告及运维方案，经甲方确认。
（二）服务期满时，乙方提交年度运维总结、全部运维记录、配置文档及更新后的系统手册，甲方对照磋商文件要求和季度考核结果组织年度验收，并出具书面验收意见。年度验收不合格的，乙方应在甲方指定期限内补正，补正完成前甲方可暂缓支付第四季度服务费。

第十条 数据安全
（一）系统中的优抚对象身份信息、抚恤发放记录、银行账户等数据均属于甲方，乙方不得用于本合同以外的任何用途。
（二）乙方应按网络安全等级保护第三级要求开展运维，所有操作通过甲方堡垒机进行，严禁将数据拷贝至外部介质或非甲方网络，严禁在测试环境使用未脱敏的真实数据。
（三）发现数据泄露、篡改或系统入侵的，乙方应立即采取处置措施，并在1小时内报告甲方；因乙方原因导致数据安全事件的，乙方依法承担全部责任。
（四）服务期满或合同解除时，乙方应删除其工作终端中留存的与本项目有关的全部资料，并出具书面删除承诺。

第十一条 保密
乙方及其人员对在服务过程中知悉的国家秘密、工作秘密、优抚对象个人信息及甲方其他非公开信息负有保密义务，未经甲方书面同意不得以任何方式披露。保密义务在合同终止后持续有效。

第十二条 知识产权
乙方在服务期内形成的运维脚本、优化方案、配置文档及报表均归甲方所有。

第十三条 分包
乙方不得将本合同服务分包或转包。

第十四条 违约责任
（一）乙方未按第九条第（一）款按期完成交接或未按甲方要求期限完成整改的，每逾期一日按合同总价的千分之一支付违约金。
（二）乙方因本合同承担的违约金及赔偿责任累计以合同总价的50%为限，但乙方故意或重大过失造成的损失除外。

第十五条 合同解除
乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件的，甲方有权书面通知解除合同，并按实际服务期结算费用。乙方其他违约行为经甲方书面催告后十日内仍未纠正的，甲方亦有权解除合同，并要求乙方赔偿由此产生的重新采购费用及其他损失。

第十六条 甲方责任
（一）甲方应为驻场人员提供办公场所、网络接入和必要的机房出入权限，并指定信息科一名工作人员负责日常对接。
（二）甲方应及时审核乙方提交的变更申请、运维方案和考核材料，对乙方提出的系统隐患及时组织研究处理。

第十七条 期满交接
服务期满或合同解除时，乙方应在十日内向甲方或甲方指定的后续服务商移交全部账号权限、运维文档、脚本和未结问题清单，并提供不少于十个工作日的过渡支持，交接完成前不得擅自撤离驻场人员。

第十八条 争议解决
因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十九条 其他
（一）磋商文件、响应文件、成交通知书为本合同组成部分。
（二）本合同一式五份，甲方三份，乙方两份，经双方签字盖章后生效。

甲方（盖章）：云溪市退役军人事务局
乙方（盖章）：云溪数政信息服务有限公司
日期：2026年12月"""

Z05 = """# 织迹工序追溯软件销售及定制开发合同

**织迹软件标准合同文本 V3.0（乙方范本）**

合同编号：ZJ-XS-2027-0415

甲方（买方）：苏州锦云缂丝工坊有限公司

乙方（卖方）：苏州织迹智能软件有限公司

鉴于甲方拟在缂丝织造及后整理环节建立工序追溯管理，乙方拥有“织迹”工序追溯软件的全部知识产权，双方经协商一致，按照本标准文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“织迹”工序追溯软件（手工坊专业版）永久使用许可一套，许可点数为30个工位终端及5个管理端。

1.2 乙方按甲方需求进行以下定制开发：缂丝织造工序扫码登记（落经、挑经、戗色、修毛等工序）、后整理工序（熨烫、装裱、质检）记录、作品订单进度看板、匠人工时与计件统计报表。

1.3 乙方负责软件安装、基础数据配置和使用培训。

1.4 许可范围：甲方仅可在其位于苏州的工坊内部使用本软件，不得出租、转让或为第三方提供服务；增加工位终端或管理端的，须按乙方当时报价另行购买许可点数。

1.5 定制开发需求以双方签字确认的需求说明书为准。需求说明书确认后甲方提出变更的，乙方有权另行评估工作量并收取费用，交付期限相应顺延。

## 第二条 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 织迹工序追溯软件许可 | 手工坊专业版，30工位+5管理端 | 486,000 |
| 2 | 定制开发 | 工序扫码、后整理记录、订单看板、工时报表 | 96,000 |
| 3 | 安装实施及培训 | 安装、配置、两次现场培训 | 36,000 |
| | 合计 | | 618,000 |

2.1 合同总价为人民币陆拾壹万捌仟元整（¥618,000），含税。

2.2 扫码终端、标签打印机及服务器等硬件由甲方自行采购，不在本合同范围内。

2.3 合同价款不包含第三方数据库及操作系统授权费用，如需乙方代购，另行计价。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥401,700。乙方收到该款项后启动开发工作。

3.2 软件安装完成后五个工作日内，甲方支付合同总价的35%，即¥216,300。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，且乙方有权暂停开发或服务。

## 第四条 交付与安装

4.1 乙方在收到首期款后九十日内完成定制开发，并到甲方现场安装。

4.2 因甲方未及时提供工序资料、场地或硬件环境导致延误的，交付期限相应顺延。

4.3 乙方交付内容为软件安装程序、许可证书及用户手册电子版。定制开发部分的源代码不属于交付内容。

4.4 培训安排两次，每次一日，分别面向工坊管理人员和织造、后整理班组骨干。培训以外的现场指导，乙方按每人每日¥2,800另行收费。

4.5 甲方应在乙方安装前备妥服务器、操作系统、数据库及网络环境，并保证扫码终端与服务器连通；因硬件或网络环境引起的问题不属于软件缺陷。

## 第五条 验收

5.1 软件在甲方服务器上安装完成，即视为甲方验收合格。

5.2 甲方在安装完成后如发现软件存在问题，应在免费维护期内以书面形式向乙方提出，乙方予以修复。

5.3 安装完成后乙方出具安装确认单。甲方拒绝或拖延签署安装确认单的，不影响前款验收效力，乙方仍有权要求甲方支付剩余款项。

## 第六条 免费维护

6.1 乙方提供自安装完成之日起六个月的免费维护，包括缺陷修复、远程技术支持和小版本更新。

6.2 免费维护期内，甲方遇到一级故障（系统无法登录或扫码无法提交）时，乙方在接到报修后8小时内响应；其他问题在三个工作日内响应。

6.3 乙方尽力按上述时限提供服务，但响应或修复超出时限的，乙方不承担扣款、赔偿或违约金责任。

6.4 免费维护不包括因甲方操作不当、擅自修改配置、病毒感染、断电或硬件故障引起的问题；此类问题乙方可按维保协议或单次服务价格提供有偿服务。

## 第七条 维保服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维保协议。

7.2 年度维保费为软件许可费的25%，即每年¥121,500，维保协议每年签订一次。

7.3 维保服务内容包括：远程技术支持、缺陷修复、每年两次小版本升级、每年一次现场巡检。大版本升级、新增功能及报表调整不属于维保范围，乙方另行报价。

7.4 甲方未签订维保协议的，乙方不再提供任何技术支持，重新购买维保时须补缴中断期间的维保费。

## 第八条 知识产权

8.1 “织迹”软件及其全部版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、接口程序及相关文档的知识产权同样归乙方所有，甲方在许可范围内享有非独占的使用权，不得修改、反编译或提供给第三方使用。

8.3 乙方有权将定制开发成果纳入其标准产品，向其他客户销售。

8.4 甲方不得自行或委托他人对软件进行反向工程、破解许可控制或复制安装到许可范围以外的设备。违反本条的，乙方有权终止许可并要求甲方赔偿损失。

## 第九条 数据

9.1 甲方在软件中录入的作品信息、工序记录和匠人工时数据归甲方所有。

9.2 乙方对其远程维护时接触的甲方数据采取访问控制和加密传输措施，远程维护须事先经甲方同意并留存操作日志。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方、协助恢复，并承担相应的赔偿责任。

9.3 甲方同意，乙方可将经脱敏处理的工序数据和工时数据用于产品改进、行业分析及工艺数据库建设。

## 第十条 保密

10.1 双方对本合同内容及在履行中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露。

10.2 本条义务在合同终止后两年内有效。

10.3 乙方有权在宣传材料和客户案例中使用甲方名称、标识及项目简介。

## 第十一条 违约责任

11.1 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

11.2 任何一方违约给对方造成损失的，应赔偿对方的直接损失；双方均不对间接损失、利润损失承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同，经对方书面催告后三十日内仍未改正的，守约方有权解除合同。

12.2 甲方单方解除合同的，已支付的款项不予退还。

12.3 合同解除后，甲方应停止使用并卸载软件，乙方可远程注销许可证书。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方应友好协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 不可抗力

14.1 因不可抗力、网络运营商故障、第三方软件缺陷或政策调整导致一方不能履行合同的，该方不承担违约责任，但应及时通知对方。

## 第十五条 通知

15.1 双方的通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱，发出后即视为送达。

## 第十六条 其他

16.1 本合同为乙方标准文本，未尽事宜由双方另行签订补充协议。补充协议与本文本不一致的，以本文本为准。

16.2 附件：需求说明书、培训计划、许可证书样本。附件与本合同具有同等效力。

16.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：苏州锦云缂丝工坊有限公司

乙方（盖章）：苏州织迹智能软件有限公司

签订日期：2027年4月15日"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KCS-CN-2027-004
P:This Agreement is made between Xuzhou Hengyuan Mining Machinery Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Xuzhou, Jiangsu Province (the "Buyer"), and Kwanza Código Sistemas, Lda., a company incorporated in the Republic of Angola with its registered office at Rua do Porto, Lobito, Benguela Province (the "Vendor").
P:The Buyer manufactures and services mining haul trucks and loaders and wishes to use the Vendor's asset maintenance software to plan the maintenance of the machines it services for its customers. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's MinaFleet enterprise asset maintenance software, version 7, in object code, with its standard modules for asset registers, work orders, preventive maintenance plans, spare parts and mobile inspections.
P:1.2 "Custom Deliverables" means the interfaces, reports, data conversion programs and configurations that the Vendor develops for the Buyer under this Agreement, together with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including machine histories, customer sites, telemetry readings and work records.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on the Buyer's servers in China for up to 260 named users and 40 concurrent mobile users, for the Buyer's business and that of its affiliates.
P:2.2 The Vendor shall implement the Software, including configuration, migration of the Buyer's existing maintenance records, development of interfaces with the Buyer's ERP system and its machine telemetry platform, and training of key users and administrators.
P:2.3 The Vendor shall provide the user interface and documentation in Simplified Chinese and English.
H:Article 3 Price
P:3.1 The total price is CNY 1,880,000 (the "Contract Price"), made up of: Licence Fee CNY 1,240,000; implementation services CNY 418,000; interface development CNY 186,000; training CNY 36,000.
P:3.2 The Contract Price is fixed and includes all taxes, travel and expenses of the Vendor's staff, and all third-party components needed to run the Software.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature of this Agreement and receipt of a valid invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 days after the Buyer signs the User Acceptance Test report.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:4.4 Payments shall be made in CNY by bank transfer to the account named in the Vendor's invoice.
P:4.5 Each party bears its own bank charges. Withholding taxes payable in China on the Licence Fee shall be handled as required by PRC tax law, and the Buyer shall give the Vendor the tax receipts.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation and configuration within 90 days after signature and shall submit the system for user acceptance testing within 150 days after signature.
P:5.2 User acceptance testing shall show that: every function in the agreed functional specification works as described; all migrated records reconcile with the source data in count and key fields; the ERP and telemetry interfaces exchange data without error for 10 consecutive working days; and the system serves 260 users with page response within 3 seconds.
P:5.3 After a production run of 60 days without a Severity 1 defect, the Vendor may request Final Acceptance. The Buyer shall issue a Final Acceptance certificate, or a list of defects, within 15 working days. Use of the Software in production or any payment does not by itself constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply new releases and provide support free of charge.
P:6.2 After the Warranty Period, the Buyer may order annual support at 11% of the Licence Fee per year (CNY 136,400). This fee is fixed for the first three years after the Warranty Period and may thereafter be adjusted only by written agreement.
P:6.3 Defects are classified as Severity 1 (the system or a core module is unusable), Severity 2 (a function is impaired with a workaround) and Severity 3 (minor defects and questions). The Vendor shall respond to Severity 1 defects within 1 hour and restore service within 8 hours, respond to Severity 2 defects within 2 hours and correct them within 3 working days, and respond to Severity 3 defects within 1 working day.
P:6.4 If the Vendor misses a Severity 1 response or restoration time, it shall credit CNY 1,000 for each hour of delay, deducted from the next payment or the support fee.
P:6.5 Support is provided remotely in Beijing time from 8:00 to 20:00 on working days, and by telephone outside those hours for Severity 1 defects.
H:Article 7 Buyer Data and Security
P:7.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not use it for any other purpose or disclose it to any third party.
P:7.2 The Vendor shall access the Buyer's systems only through the remote access channel that the Buyer approves for each session, shall not copy Buyer Data outside the Buyer's systems, and shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.
P:7.3 The Vendor shall notify the Buyer within 12 hours of any security incident affecting Buyer Data, take immediate remedial steps and bear responsibility for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor.
P:8.2 The Custom Deliverables, including their source code, belong to the Buyer on creation. The Buyer may use, modify and license them freely. The Vendor shall deliver the source code with the documentation at Final Acceptance.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and commercial information received under this Agreement and shall not disclose it to third parties without the other party's prior written consent, during this Agreement and for five years after it ends.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to meet the dates in Article 5.1 or fails to reach Final Acceptance within 240 days after signature, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, or breach of Articles 7 and 9.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 On termination by the Buyer for the Vendor's breach, the Vendor shall refund the amounts paid for services not performed and deliver all Custom Deliverables completed so far.
P:12.3 The licence in Article 2.1 survives termination unless the Buyer has failed to pay the Licence Fee.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Republic of Angola.
P:13.2 Any dispute arising out of this Agreement shall first be discussed by senior managers of both parties. If it is not settled within 30 days, it shall be submitted to the competent courts of Benguela, Republic of Angola.
H:Article 14 Project Staff and Force Majeure
P:14.1 The Vendor shall appoint a project manager with at least five years of experience in maintenance software projects, who shall work on the Buyer's site in Xuzhou during configuration, testing and go-live. The Vendor shall not replace the project manager or lead consultants without the Buyer's agreement, which shall not be unreasonably withheld.
P:14.2 The Vendor's staff working in China shall hold the necessary visas and work permits and shall follow the Buyer's site safety and information security rules.
P:14.3 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disaster, war or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may end the affected part of this Agreement by written notice.
H:Article 15 General
P:15.1 This Agreement, with its Annex 1 (Functional Specification) and Annex 2 (Implementation Plan), is the entire agreement of the parties on its subject.
P:15.2 Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese; both versions have equal effect.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ____________________
"""

E02 = """# CampoVivo Subscription Order Form

Order Form No. PDA-OF-2027-118

This Order Form is entered into between **Planalto Digital Agro, Lda.**, a company incorporated in the Republic of Angola with its principal office at Rua do Mercado Municipal, Malanje ("Provider"), and **Heilongjiang Beifeng Agricultural Development Co., Ltd.**, a company incorporated in the People's Republic of China with its registered office in Harbin ("Customer"). It consists of Part A (Order Details) and Part B (General Terms). If Part A and Part B conflict, Part A prevails.

## PART A - ORDER DETAILS

### A1. Service

Provider will provide Customer with access to CampoVivo, Provider's cloud-based farm operations platform, with the following modules: field and crop records, machinery scheduling, input inventory, labour tasks, weather alerts, and management dashboards. The Service will be hosted for Customer in a data centre located in mainland China operated by Provider's hosting partner.

### A2. Subscription Scope

- Authorised users: up to 180 named users across Customer's eleven farms in Heilongjiang Province.
- Field mobile app: unlimited devices for Customer's field staff.
- Storage: up to 2 TB of Customer Data; additional storage is available at the usage rates in Provider's price list and is not part of the fees below.

### A3. Subscription Term

The Subscription Term is two Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance under A5, and each Subscription Year lasts 365 days.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 180 users, 11 farms | 264,000 |
| Subscription Fee, Subscription Year 2 | 180 users, 11 farms | 264,000 |
| Onboarding (configuration, data import, training) | one-time, fixed | 42,000 |
| **Total fees for the Subscription Term** | | **570,000** |

All amounts are in CNY and include VAT. Payment terms:

1. The Subscription Fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days after invoice.
2. The Onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days after invoice.
3. No other amount is payable before the Service is live.

### A5. Onboarding and Go-Live Acceptance

Provider will complete onboarding within 45 days after the date of this Order Form. Onboarding includes configuring the eleven farms, fields and crop plans; importing Customer's historical field records for the last three seasons; connecting the machinery GPS feed supplied by Customer; and training 20 key users in Harbin.

Go-Live Acceptance occurs when Customer confirms in writing that: (a) all modules listed in A1 work as described in the Service Description; (b) imported records match the source files in count and in the sampled key fields; (c) the GPS feed updates machinery positions in the platform for five consecutive working days without interruption; and (d) training has been delivered. Customer will confirm or list defects within ten working days after Provider's notice that onboarding is complete. Provider will fix listed defects and give notice again.

If onboarding is not completed by the date above for reasons attributable to Provider, Provider will pay Customer CNY 500 for each day of delay, deducted from the Onboarding fee.

### A6. Renewal

At the end of the Subscription Term the subscription will renew for one further Subscription Year at the same fees unless either party gives written notice of non-renewal at least 60 days before the end of the Subscription Term.

## PART B - GENERAL TERMS

### 1. Use of the Service

1.1 Customer may use the Service for its internal business purposes during the Subscription Term. Customer is responsible for its users' accounts and for keeping their passwords secret.

1.2 Customer shall not resell the Service, attempt to gain unauthorised access to it, or use it to store unlawful content.

### 2. Provider Obligations and Support

2.1 Provider will make the Service available in accordance with the Service Description and will use commercially reasonable efforts to keep it available at all times, except for planned maintenance and events beyond Provider's control.

2.2 Customer may report problems through Provider's online support desk or by email. Provider will answer support requests during Provider's business hours and will use commercially reasonable efforts to resolve them promptly.

2.3 Provider may update the Service from time to time, provided that updates do not materially reduce the functions described in A1.

2.4 Provider will provide Customer with a named customer success manager who will hold a review call with Customer each quarter, report on usage of the Service by farm, and propose improvements to Customer's configuration.

### 3. Customer Data

3.1 All data that Customer or its users enter into the Service, and all results generated from it ("Customer Data"), belong to Customer. Provider will process Customer Data only to provide the Service to Customer and will not use it for any other purpose.

3.2 Provider will keep Customer Data in mainland China, encrypt it in transit and at rest, restrict access to authorised personnel, keep access logs, and back it up daily. Provider will comply with the PRC Data Security Law and Personal Information Protection Law.

3.3 Provider will notify Customer within 36 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate steps to contain it, and bear liability for losses caused by its failure to comply with this Section 3.

3.4 Within 30 days after the end of the Subscription Term, Provider will return all Customer Data in a standard format and then delete it, and will confirm the deletion in writing.

### 4. Subcontractors

Provider may use subcontractors and sub-processors, including its hosting partner and support contractors, to perform the Service. Provider will inform Customer in writing of any new subcontractor before it starts work. Provider remains responsible for the performance of its subcontractors.

### 5. Intellectual Property

5.1 Provider retains all rights in the Service and its underlying software.

5.2 Farm configurations, report templates and data mappings created for Customer during onboarding belong to Customer. Customer may use, change and share them, including with other service providers, without restriction.

### 6. Confidentiality

Each party will keep confidential all non-public information of the other party that it receives in connection with this Order Form, use it only for this Order Form, and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar obligations. This obligation lasts for three years after the end of the Subscription Term.

### 7. Term and Termination

7.1 This Order Form takes effect on signature and continues until the end of the Subscription Term and any renewal.

7.2 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice. If Customer terminates for Provider's breach, Provider will refund the prepaid Subscription Fee for the remaining part of the Subscription Year.

### 8. Liability

8.1 Neither party is liable for indirect or consequential loss, except for breach of Sections 3 and 6.

8.2 Each party's total liability under this Order Form is limited to 150% of the total fees stated in A4.

### 9. Fees, Invoices and Suspension

9.1 Provider will issue valid PRC VAT invoices for all fees through its authorised Chinese billing agent. Customer may withhold any amount it disputes in good faith, provided it pays the undisputed part and explains the dispute in writing.

9.2 If an undisputed invoice remains unpaid more than 45 days after its due date, Provider may, after giving 15 days' written notice, suspend Customer's access until payment is made. Provider will not delete Customer Data during a suspension.

### 10. Warranties

10.1 Provider warrants that the Service will perform materially as described in the Service Description and that onboarding will be performed with reasonable skill and care by qualified personnel.

10.2 If the Service does not perform as warranted, Provider will correct the non-conformity at its own cost. If Provider cannot do so within a reasonable time, Customer may terminate under Section 7.2.

### 11. Force Majeure

Neither party is responsible for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public telecommunications networks and acts of government. The affected party shall notify the other party promptly and resume performance as soon as possible. If such an event prevents use of the Service for more than 30 consecutive days, Customer may terminate this Order Form and receive a refund of prepaid fees for the unused period.

### 12. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time.

### 13. General

Notices must be in writing and sent to the addresses above. This Order Form may be amended only in writing signed by both parties. It is executed in English and Chinese, and both versions have equal effect.

Signed for Provider: ____________________

Signed for Customer: ____________________"""

E03 = """T:Supply and Licence Contract for Kiln and Mill Condition Monitoring
P:Contract No. JY-EQ-2027-052
P:Buyer: Wuhu Jiangyan Cement Co., Ltd., registered in Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Lunda Sul Sensores e Sistemas, S.A., registered in Saurimo, Lunda Sul Province, Republic of Angola, acting in China through its authorised representative office in Shanghai (the "Supplier").
P:This Contract is issued on the Buyer's standard procurement terms. The Buyer wishes to install vibration and temperature monitoring on the rotary kilns, raw mills, cement mills and main fans of its two production lines, and the Supplier has offered sensors, gateways, edge servers and its monitoring software. The parties agree as follows.
H:1. Scope
P:1.1 The Supplier shall supply, install and commission the equipment listed in clause 2, license the KinetiWatch condition monitoring software, configure it for the Buyer's 64 monitored machines, tune the fault models with the Buyer's operating data, and train the Buyer's staff.
P:1.2 The system shall give continuous vibration and temperature readings for each monitored bearing, automatic alarms for defined fault patterns, trend analysis, and maintenance recommendations shown on the Buyer's central control room screens and on mobile devices.
P:1.3 The Supplier shall deliver all equipment to the Buyer's plant in Wuhu, DDP, within 75 days after signature of this Contract.
H:2. Price
P:2.1 The Contract Price is CNY 1,980,000, fixed, inclusive of VAT, duties, transport, insurance and all installation materials, made up as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration and temperature sensors|320|2,150|688,000
TB:2|Plant gateways with industrial enclosures|40|8,600|344,000
TB:3|Edge servers, redundant pair|2|96,000|192,000
TB:4|KinetiWatch monitoring software, perpetual licence, 64 machines|1|486,000|486,000
TB:|Hardware and Licence Subtotal|||1,710,000
TB:5|Installation and cabling|1 lot|148,000|148,000
TB:6|Commissioning and fault model tuning|1 lot|96,000|96,000
TB:7|Training|1 lot|26,000|26,000
TB:|Contract Price|||1,980,000
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price within 30 days after the parties sign the Installation Certificate confirming that all equipment is installed and powered on. The Installation Certificate is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after the Final Acceptance Certificate is signed.
P:3.4 Each payment requires a valid VAT special invoice issued by the Supplier's Chinese entity.
H:4. Equipment Standards, Training and Documentation
P:4.1 All equipment shall be new, suitable for dusty and hot cement plant conditions, rated at least IP66 where installed outdoors, and shall hold the radio type approval and other certifications required for use in China before delivery.
P:4.2 The Supplier shall train eight instrument technicians in installation, battery replacement and sensor configuration, and six maintenance engineers in reading trends, handling alarms and using the maintenance recommendations. Training shall take place at the Buyer's plant in Chinese or with a qualified interpreter provided by the Supplier.
P:4.3 The Supplier shall deliver installation drawings, sensor location lists, network diagrams, administrator and user manuals, and a list of all software components with their versions, in Chinese and English, before the Final Acceptance tests begin.
H:5. Installation and Acceptance
P:5.1 The Supplier shall install the equipment during the maintenance shutdowns that the Buyer schedules for each line, and shall follow the Buyer's permit-to-work, hot work and confined space rules.
P:5.2 Final Acceptance tests shall show that: every sensor reports to the platform at the agreed interval; readings agree with the Buyer's portable reference analyser within 5% on the sampled bearings; the fault models correctly raise alarms in the agreed simulated fault tests; alarms reach the control room screens within 10 seconds; and the system runs for 45 consecutive days without a Priority 1 incident.
P:5.3 The Buyer shall sign the Final Acceptance Certificate or give a written list of defects within 10 working days after the Supplier's request. Operation of the system, use of its alarms or payment under clause 3.2 is not acceptance.
H:6. Warranty and Support
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty the Supplier shall repair or replace faulty equipment, correct software defects and supply software updates free of charge, including parts, labour and travel.
P:6.2 After the warranty, the Buyer may order annual support at 8% of the Hardware and Licence Subtotal per year, that is CNY 136,800, fixed for the fourth and fifth years after Final Acceptance. The support contract is ordered by the Buyer each year and does not renew automatically.
P:6.3 The Supplier shall keep spare sensors and one spare gateway on the Buyer's site during the warranty at its own cost.
P:6.4 Annual support covers remote support, software updates, one health check visit per year with a written report on sensor condition and model accuracy, and repair of faulty equipment at the parts prices listed in Annex 1. Sensor batteries are replaced by the Buyer's technicians using batteries supplied at those prices.
P:6.5 The Supplier shall make spare parts and compatible replacement sensors available for at least eight years after Final Acceptance.
H:7. Service Levels
P:7.1 The monitoring platform shall be available at least 99.95% of each calendar month, excluding maintenance planned with the Buyer at least three days in advance.
P:7.2 Priority 1 incidents (the platform is down, or a whole kiln or mill stops reporting) require a response within 30 minutes and restoration within 8 hours. Priority 2 incidents (single sensors or gateways fail) require a response within 2 hours and correction within 2 working days.
P:7.3 For each hour by which a Priority 1 response or restoration is late, the Supplier shall pay CNY 1,200. For each 0.01 percentage point of monthly availability below the commitment, the Supplier shall pay CNY 800. Amounts are deducted from the next payment or paid within 30 days.
H:8. Buyer Data
P:8.1 All measurements, alarms, reports and other data produced by the system, and all operating data that the Buyer provides for model tuning, belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The system runs on the Buyer's plant network. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN and jump server. The Supplier shall not copy Buyer data outside the plant and shall protect it in accordance with PRC law.
P:8.3 The Supplier shall report any security incident affecting the system or Buyer data within 6 hours, cooperate in the investigation and bear responsibility for losses caused by its failure to comply with this clause.
H:9. Intellectual Property
P:9.1 The KinetiWatch software remains the Supplier's property, licensed to the Buyer perpetually for the monitored machines and any replacements of them.
P:9.2 The machine configurations, tuned fault models, alarm thresholds and dashboards prepared for the Buyer belong to the Buyer, which may use, modify and license them freely.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the non-public information of the other party received under this Contract, including the Buyer's process parameters and production figures, and shall not disclose it without prior written consent. This obligation continues for five years after the Contract ends.
H:11. Delay and Liability
P:11.1 If the Supplier fails to deliver by the date in clause 1.3 or fails to reach Final Acceptance within 200 days after signature, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cabling work may be given to a contractor approved by the Buyer in writing, and the Supplier remains responsible for it.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if liquidated damages under clause 11.1 reach their maximum.
H:14. Force Majeure and General
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party within five days and takes reasonable steps to reduce the delay. Time for performance is extended by the period of the event.
P:14.2 The Supplier shall comply with the Buyer's environmental, health and safety rules on site. Any person who breaches them may be removed from the site by the Buyer.
P:14.3 Amendments to this Contract must be in writing and signed by both parties. The Annexes form part of this Contract. If the Annexes conflict with the clauses of this Contract, the clauses prevail.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Wuhu Arbitration Commission for arbitration in Wuhu.
P:Annex 1: Technical specification. Annex 2: Installation schedule by production line. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. KSG-MSA-2027-031

**Between** Changsha Xiangjiang Engineering Design Institute Co., Ltd., a company registered in Changsha, Hunan Province, People's Republic of China ("Customer"), **and** Kimbanda Serviços Geridos, Lda., a company registered in Uíge, Uíge Province, Republic of Angola, acting through its registered branch in Changsha ("Provider").

## Section 1. Purpose and Structure

1.1 Customer wishes to outsource its service desk, end-user device support, server and network monitoring, and backup operations for its head office and four regional design offices. Provider has offered to provide these services from its Changsha branch with on-site engineers and a remote operations centre.

1.2 This Agreement consists of these Sections and Schedule 1 (Services and Charges), Schedule 2 (Service Levels) and Schedule 3 (Service Credits). If they conflict, these Sections prevail.

## Section 2. Term

2.1 The Initial Term is 36 months from the Service Commencement Date, which is the date on which Customer signs the Transition Acceptance Certificate under Section 4.

2.2 Any extension of this Agreement after the Initial Term requires a written amendment signed by both parties, with charges agreed at that time. There is no automatic renewal.

## Section 3. Services

3.1 Provider shall provide the Services described in Schedule 1 for about 620 users, 700 end-user devices, 48 servers and the network equipment at five sites.

3.2 Provider shall station three engineers at Customer's head office and one engineer at each regional office during working hours, and shall operate the service desk by telephone, email and portal on a 24/7 basis.

3.3 Provider shall keep a knowledge base, runbooks and an up-to-date configuration database for Customer's environment, and shall give Customer read access to them at all times.

3.4 Provider shall propose improvements to reduce incident volumes each quarter and meet Customer's IT manager monthly to review performance against Schedule 2.

3.5 Provider shall apply security patches to servers and end-user devices within the maintenance windows agreed with Customer, keep endpoint protection current, and list devices that are not compliant in its monthly report, with the reason and a date for correction.

## Section 4. Transition and Acceptance

4.1 Provider shall complete transition within 60 days after signature of this Agreement. Transition includes taking over open tickets from Customer's current team, discovering and recording all devices and servers, setting up monitoring and backup jobs, and preparing runbooks for the critical systems listed in Schedule 1.

4.2 Customer shall sign the Transition Acceptance Certificate when: (a) all devices and servers are recorded in the configuration database with at least 98% accuracy on a sample checked by Customer; (b) monitoring covers all servers and network devices and has run for ten consecutive days; (c) a full backup of each critical system has been restored successfully in a test; and (d) runbooks for each critical system have been approved by Customer.

4.3 If transition is not accepted within the period in Section 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,800 for each day of delay.

## Section 5. Charges and Payment

5.1 The charges are set out in Schedule 1. The total contract value for the Initial Term is CNY 2,152,000.

5.2 The Transition Charge is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears, after deduction of any service credits for the month under Schedule 3.

5.3 Customer shall pay each correct invoice within 30 days. Provider shall issue PRC VAT special invoices.

## Section 6. Service Levels and Credits

6.1 Provider shall meet the service levels in Schedule 2 and report its performance monthly, with a list of all Priority 1 and Priority 2 incidents and their handling times.

6.2 If Provider misses a service level, it shall give Customer the service credits in Schedule 3 and present a written improvement plan within ten working days.

## Section 7. Customer Data and Security

7.1 Customer Data means all data of Customer that Provider accesses or processes, including design files, user accounts, ticket contents and system logs. Customer Data belongs to Customer.

7.2 Provider shall access Customer systems only with named accounts through Customer's privileged access gateway, enforce multi-factor authentication, not copy Customer Data to its own systems except ticket records held in its service management tool in mainland China, and comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law.

7.3 Provider shall notify Customer within 6 hours of any incident affecting the security of Customer Data, take immediate containment measures, and bear responsibility for losses caused by its breach of this Section 7.

7.4 Customer agrees that Provider may use anonymised ticket statistics, incident categories and resolution data derived from Customer Data to improve its services, to train its support tools and to produce benchmarks shared with other customers, during and after the Initial Term.

## Section 8. Intellectual Property

8.1 Provider's tools, methods and software remain Provider's property.

8.2 Runbooks, knowledge base articles, scripts and configuration records prepared for Customer belong to Customer, which may use, modify and give them to any later provider without restriction.

## Section 9. Confidentiality

Each party shall keep confidential the other party's non-public information, including Customer's design documents, client names and bid information, and shall disclose it only to its staff who need it for this Agreement. This obligation survives for five years after this Agreement ends.

## Section 10. Personnel and Subcontracting

10.1 Provider's engineers shall be suitably qualified and shall follow Customer's site and security rules. Customer may require the replacement of any engineer for good reason.

10.2 Provider shall not subcontract any part of the Services without Customer's prior written consent.

10.3 Customer shall give Provider's engineers desks, network access and badges at each site, appoint an IT manager as Provider's main contact, and inform Provider in good time of planned office moves, new systems and changes in user numbers. If user or device numbers change by more than a tenth, the parties shall review the Monthly Service Charge in good faith; any change requires a written amendment.

10.4 Provider shall keep the same service delivery manager for at least the first year of the Initial Term, unless Customer agrees otherwise.

## Section 11. Liability

11.1 Provider's total liability under this Agreement is limited to 125% of the total contract value, except for personal injury, wilful misconduct and breach of Sections 7 and 9.

11.2 Neither party is liable for loss of profit or indirect loss.

## Section 12. Duration and Remedies

12.1 This Agreement runs for the full Initial Term and cannot be terminated early by either party, except by written agreement of both parties.

12.2 Service credits under Schedule 3 and the improvement plan under Section 6.2 are Customer's remedies for failures in service performance. Where a failure continues, the parties' IT managers shall meet within five working days, and if they cannot agree on a solution the matter shall be referred to the senior executives of both parties.

12.3 At the end of the Initial Term, Provider shall support the handover to Customer or a new provider for up to 30 days at no extra charge and deliver all Customer Data and records listed in Section 8.2.

## Section 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes that cannot be settled by negotiation shall be submitted to the people's court with jurisdiction where Customer is located.

## Schedule 1 - Services and Charges

| Service element | Scope | Charge (CNY) |
|---|---|---|
| Transition | take-over, discovery, monitoring set-up, runbooks | 64,000 one-time |
| Service desk 24/7 | about 620 users, Chinese and English | included in Monthly Service Charge |
| On-site support | 7 engineers, five sites, working hours | included in Monthly Service Charge |
| Server and network monitoring | 48 servers, network devices at five sites | included in Monthly Service Charge |
| Backup operations | daily backups, quarterly restore tests | included in Monthly Service Charge |
| Monthly Service Charge | all elements above | 58,000 per month, 36 months: 2,088,000 |
| Total contract value | | 2,152,000 |

Critical systems: design document management, ERP, email, file servers, CAD licence servers.

## Schedule 2 - Service Levels

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | critical system down, or a site without network | 15 minutes | 6 hours |
| P2 | service degraded for a department or a single critical user | 1 hour | 1 working day |
| P3 | single user problem with workaround | 2 working hours | 3 working days |
| Service requests | new accounts, moves, standard changes | 1 working day | 5 working days |

## Schedule 3 - Service Credits

| Failure | Credit |
|---|---|
| Each P1 incident not responded to in time | CNY 1,500 |
| Each hour of P1 restoration beyond target | CNY 1,000 |
| More than five P2 incidents restored late in a month | 5% of the Monthly Service Charge |
| Monthly report not delivered on time | CNY 500 |"""

E05 = """MARINE DATA API SUBSCRIPTION AGREEMENT

Agreement No. BTD-API-2027-009

PARTIES

1.1 Zhoushan Haixing Ocean Fisheries Co., Ltd., a company registered in Zhoushan, Zhejiang Province, People's Republic of China ("Customer").

1.2 Baia dos Tigres Dados Marinhos, Lda., a company registered in Namibe, Namibe Province, Republic of Angola ("Provider").

1.3 Customer operates a distant-water fishing fleet and wishes to use Provider's ocean condition and fishing ground data in its fleet planning system. Provider operates a data service that combines satellite sea surface temperature, chlorophyll and current data with weather forecasts and vessel position data. The parties agree as follows.

DEFINITIONS

2.1 "API" means Provider's application programming interface through which the Data Products are delivered.

2.2 "Data Products" means the datasets listed in clause 3.1, updated at the frequencies stated there.

2.3 "Customer Query Data" means all data sent by Customer to the API or generated by Customer's use of it, including vessel identifiers, planned routes, search areas and catch reports uploaded by Customer.

2.4 "Subscription Year" means each period of 365 days starting on the date of Integration Acceptance or its anniversary.

SUBSCRIPTION AND DATA PRODUCTS

3.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and use the following Data Products for its own fleet operations: (a) daily sea surface temperature and chlorophyll maps for the South-East Atlantic, South-West Indian Ocean and South Pacific fishing areas; (b) six-hourly marine weather and wave forecasts up to ten days ahead; (c) ocean current and front analyses, updated daily; (d) AIS vessel positions in the subscribed areas, updated every 15 minutes; and (e) the weekly fishing ground probability index.

3.2 The subscription allows up to 2,000,000 API calls per Subscription Year and up to 60 named users of the web viewer. Calls above this quota are charged at the overage rates in Provider's price list and are not part of the Subscription Fees.

3.3 Customer may display the Data Products in its internal systems and on its vessels and may keep data retrieved during the Subscription Term for its internal records after the term ends. Customer shall not resell the Data Products or publish them.

SUBSCRIPTION TERM

4.1 The Subscription Term is two Subscription Years from the date of Integration Acceptance.

4.2 The subscription ends at the end of the Subscription Term. Any further subscription requires a new written order signed by both parties.

FEES AND PAYMENT

5.1 The Subscription Fee is CNY 386,000 for each Subscription Year, that is CNY 772,000 for the Subscription Term.

5.2 The Integration Fee for onboarding under clause 6 is CNY 38,000, one-time.

5.3 The total value of this Agreement is CNY 810,000, inclusive of VAT, excluding any overage charges under clause 3.2.

5.4 The Subscription Fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 96,500, each at the start of the quarter, and is payable within 30 days after invoice.

5.5 The Integration Fee is invoiced after Integration Acceptance and is payable within 30 days after invoice. Customer makes no payment before Integration Acceptance.

INTEGRATION AND ACCEPTANCE

6.1 Within 40 days after signature, Provider shall: set up Customer's API accounts and keys; build and deliver an integration adapter that loads the Data Products into Customer's fleet planning system in the agreed formats; configure the subscribed areas; and train Customer's fleet planning staff.

6.2 Integration Acceptance occurs when Customer confirms in writing that: (a) all Data Products in clause 3.1 are delivered to Customer's system at the stated update frequencies for seven consecutive days; (b) sampled values agree with Provider's web viewer; (c) the adapter handles API errors and resumes loading automatically; and (d) training is complete. Customer shall confirm or list defects within seven working days after Provider's notice.

6.3 If Integration Acceptance is delayed beyond the period in clause 6.1 for reasons attributable to Provider, Provider shall pay Customer 0.1% of the total value of this Agreement for each day of delay, deducted from the Integration Fee and later invoices.

SERVICE LEVELS

7.1 Provider shall keep the API available at least 99.95% of each calendar month, measured at Provider's gateway, excluding maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.

7.2 Provider shall deliver each Data Product no later than two hours after its scheduled update time.

7.3 Priority 1 incidents (the API is unavailable, or a Data Product is not delivered for more than one update cycle) require a response within 2 hours and restoration within 8 hours, at any time of day. Priority 2 incidents require a response within one business day.

7.4 If Provider misses the availability commitment in a month, Customer receives a credit of 5% of the quarterly instalment for each 0.1 percentage point of shortfall, up to half of that instalment. If a Priority 1 response is late, Customer receives a credit of CNY 800 for each hour of delay. Credits are deducted from the next invoice.

SUPPORT AND CUSTOMER OBLIGATIONS

8.1 Provider shall provide support in Chinese and English through a ticket portal, email and a hotline, and shall name a technical account manager who reviews service performance with Customer each quarter and reports on API usage against the quota.

8.2 Provider shall give Customer at least 90 days' notice before it changes the API in a way that requires changes to the integration adapter, and shall update the adapter at its own cost during the Subscription Term.

8.3 Customer shall keep its API keys secure, use the API only within the quota and technical limits in Annex 2, and tell Provider promptly if it suspects that a key has been misused.

FORCE MAJEURE

9.1 Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, war or failure of satellite systems operated by third parties, if it notifies the other party promptly and uses reasonable efforts to resume performance. Provider shall inform Customer of any loss of satellite coverage within 12 hours and provide the best available substitute data during the event.

CUSTOMER QUERY DATA

10.1 Customer Query Data belongs to Customer. Provider shall use Customer Query Data only to deliver the Data Products to Customer and shall not use it to build its own datasets, indexes or products, or give it to any third party.

10.2 Provider shall store Customer Query Data on servers located in mainland China, encrypt it in transit and at rest, restrict access to named staff with multi-factor authentication, log all access, and comply with the PRC Data Security Law and Personal Information Protection Law.

10.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to, or loss or alteration of, Customer Query Data, take immediate measures to contain the incident, and bear liability for losses caused by its failure to comply with this clause 10.

10.4 At the end of the Subscription Term Provider shall delete Customer Query Data within 30 days and confirm the deletion in writing.

INTELLECTUAL PROPERTY

11.1 Provider retains all rights in the API, the Data Products and its models.

11.2 The integration adapter, its source code and its documentation, and any data mappings prepared for Customer, belong to Customer. Customer may use, modify and license them freely, including with other data providers. Provider shall deliver the source code at Integration Acceptance.

SUBCONTRACTING

12.1 Provider shall not subcontract the integration work or the operation of the API without Customer's prior written consent. Provider's satellite data suppliers, named in Annex 1, are not subcontractors for this purpose.

LIABILITY

13.1 Neither party is liable for indirect loss, loss of catch or loss of profit.

13.2 Provider's total liability under this Agreement in connection with any claim is limited to the fees paid by Customer in the six months before the event giving rise to the claim.

13.3 Provider does not warrant that use of the Data Products will lead to any particular catch. Customer remains responsible for the safety of navigation and for compliance with fishing regulations.

TERMINATION

14.1 Customer may terminate this Agreement by written notice if Provider commits a material breach, including a failure to meet the availability commitment in clause 7.1 in two consecutive months, and does not remedy it within 20 days after written notice.

14.2 Either party may terminate this Agreement by written notice if the other party becomes insolvent.

14.3 On termination by Customer under clause 14.1, Provider shall refund any fees paid for the period after termination.

GOVERNING LAW AND DISPUTES

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Disputes shall be settled by negotiation. If negotiation fails within 30 days, either party may submit the dispute to the Shanghai International Arbitration Center for arbitration in Shanghai.

GENERAL

16.1 This Agreement, with Annex 1 (Data Product Specification and Satellite Data Suppliers) and Annex 2 (API Documentation), is the entire agreement of the parties.

16.2 Notices shall be in writing in English or Chinese and sent to the addresses on the signature page.

Signed for Customer: ____________________

Signed for Provider: ____________________"""


# ---------------------------------------------------------------- targets
FILES = {
    "z01": ("h773z01_water_quality_monitoring_platform.pdf", "pdf", Z01),
    "z02": ("h773z02_dumbbell_line_control_retrofit.docx", "docx", Z02),
    "z03": ("h773z03_jazz_dance_chain_booking_saas.txt", "txt", Z03),
    "z04": ("h773z04_veterans_bureau_system_om_service.txt", "txt", Z04),
    "z05": ("h773z05_kesi_workshop_tracking_supplier_template.md", "md", Z05),
    "e01": ("h773e01_maintenance_software_licence_lobito_vendor.pdf", "pdf", E01),
    "e02": ("h773e02_farm_saas_order_form_malanje_vendor.md", "md", E02),
    "e03": ("h773e03_kiln_condition_monitoring_saurimo_vendor.docx", "docx", E03),
    "e04": ("h773e04_managed_it_services_uige_vendor.md", "md", E04),
    "e05": ("h773e05_marine_data_api_namibe_vendor.txt", "txt", E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

GOOD = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC")


def T(kind, **kw):
    d = dict(GOOD)
    d.update(kw)
    d["contract_kind"] = kind
    return d


# per draft: category, terms, extra (without contract_value), contract value, TCO facts (goods only), forum outside
# mainland, design list of rules
D = {
    "z01": dict(cat="software", value=2038000,
                terms=T("goods_or_licence", availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                        prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24,
                        post_warranty_fee_pct=9, governing_law="PRC"),
                capped=True, tco=dict(base=1180000), forum_out=False, design=[]),
    "z02": dict(cat="hardware", value=1568000,
                terms=T("goods_or_licence", p1_response_hours=1, prepayment_pct=25, final_payment_on_acceptance=True,
                        warranty_months=24, post_warranty_fee_pct=7.5, subcontract_without_consent=True),
                ld_stated=False, capped=True, tco=dict(base=1426000), forum_out=False,
                design=["CR-LD-MISSING", "CR-SUBCONTRACT"]),
    "z03": dict(cat="cloud", value=698000,
                terms=T("service", availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                        ld_rate_per_day_pct=0.1, liability_cap_pct=200, auto_renewal_price_increase=True),
                forum_out=False, design=["CR-AUTO-RENEWAL", "CR-DATA-SECURITY"]),
    "z04": dict(cat="services", value=418000,
                terms=T("service", availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=0.1,
                        liability_cap_pct=50, governing_law=None),
                forum_out=False, design=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "z05": dict(cat="software", value=618000,
                terms=T("goods_or_licence", p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                        buyer_owns_data=False, ld_rate_per_day_pct=0.02, prepayment_pct=65, acceptance_clause=False,
                        final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
                        subcontract_without_consent=None, governing_law=None),
                deemed=True, capped=True, tco=dict(base=486000), forum_out=False,
                design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-POST-WARRANTY-FEE",
                        "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
                        "CR-WARRANTY"]),
    "e01": dict(cat="software", value=1880000,
                terms=T("goods_or_licence", p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                        prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18,
                        post_warranty_fee_pct=11, governing_law="Angola"),
                capped=True, tco=dict(base=1240000), forum_out=True, design=["CR-GOVERNING-LAW"]),
    "e02": dict(cat="cloud", value=570000,
                terms=T("service", sla_remedy=False, ld_rate_per_day_pct=500 / 570000 * 100, liability_cap_pct=150,
                        subcontract_without_consent=True),
                sla=False, forum_out=False, design=["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"]),
    "e03": dict(cat="hardware", value=1980000,
                terms=T("goods_or_licence", availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                        liability_cap_pct=200, final_payment_on_acceptance=True, warranty_months=36,
                        post_warranty_fee_pct=8),
                capped=True, tco=dict(base=1710000), forum_out=False, design=[]),
    "e04": dict(cat="services", value=2152000,
                terms=T("service", p1_response_hours=0.25, buyer_owns_data=False,
                        ld_rate_per_day_pct=1800 / 2152000 * 100, liability_cap_pct=125, termination_for_breach=False),
                forum_out=False, design=["CR-DATA-OWNERSHIP", "CR-TERMINATION"]),
    "e05": dict(cat="cloud", value=810000,
                terms=T("service", availability_pct=99.95, p1_response_hours=2, confidentiality=False,
                        ld_rate_per_day_pct=0.1, liability_cap_pct=6 / 24 * 100),
                forum_out=False, design=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
}

# ---------------------------------------------------------------- policy section 3 as I read it
TH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
          prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(d):
    t = d["terms"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * d["tco"]["base"] * years
    return fees / (d["value"] + fees) * 100


def derive(d):
    t, r = d["terms"], set()
    sla = d.get("sla", True)
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not d.get("ld_stated", True):
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or d.get("deemed", False) or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not d["capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d)
        if s is not None and s > TCO_SHARE_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_out"]:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ---------------------------------------------------------------- threshold figures in text
LB = r"(?<![\d.,])"
PATTERNS = [
    LB + r"99\.9(?!\d)",
    LB + r"4\s*-?\s*(?:hours?|hrs?|小时|个小时)", LB + r"4\s*h(?![a-z])", r"(?<![十\d])四\s*个?\s*小时",
    r"four\s*-?\s*hours?",
    LB + r"0\.05\s*%", r"万分之五(?![十])", r"千分之零点五", LB + r"0\.5\s*‰",
    LB + r"100\s*%", r"百分之一?百",
    LB + r"30\s*%", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*(?:per\s*cent|percent)",
    LB + r"12\s*-?\s*(?:months?|个月)", r"(?<![\d十])十二个月", r"twelve\s*-?\s*months?",
    r"质保期?\s*为?\s*(?:一|1)\s*年", r"warranty\s*(?:period)?\s*(?:of|is)?\s*(?:one|1)\s*-?\s*year",
    LB + r"15\s*%", r"百分之十五", r"fifteen\s*(?:per\s*cent|percent)",
    LB + r"40\s*%", r"百分之四十(?![一二三四五六七八九])", r"forty\s*(?:per\s*cent|percent)",
]
RX = re.compile("|".join("(?:%s)" % p for p in PATTERNS), re.I)
MUST_HIT = ["99.9%", "可用率99.9%", "4小时内响应", "四小时", "within 4 hours", "a 4-hour response", "four hours",
            "0.05%", "万分之五", "100%", "百分之百", "30%", "百分之三十", "12个月", "十二个月", "12 months",
            "12-month", "twelve months", "15%", "百分之十五", "40%", "百分之四十", "质保期为一年",
            "warranty period of one year", "4h"]
MUST_MISS = ["99.95%", "99.98", "24小时", "二十四小时", "24 hours", "14 hours", "0.08%", "200%", "150%", "130%",
             "115%", "0.15%", "340%", "3 hours", "6 months", "36个月", "120 months", "万分之八", "百分之三十五",
             "6,400%", "18 months", "2 hours", "1 hour"]


def self_test():
    for s in MUST_HIT:
        for v in (s, re.sub(r"\s+", "", s)):
            assert RX.search(v), ("must hit", v)
    for s in MUST_MISS:
        for v in (s, re.sub(r"\s+", "", s)):
            assert not RX.search(v), ("must miss", v, RX.search(v))


# ---------------------------------------------------------------- build and read back
def read_back(path, kind):
    if kind in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if kind == "docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def size(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, kind, src) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, problems = set(), []
    for k, (name, kind, src) in FILES.items():
        d, lang = D[k], ("zh" if k[0] == "z" else "en")
        text = read_back(OUT / name, kind)
        n = size(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (k, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            for m in RX.finditer(variant):
                problems.append("%s threshold figure in text: %r ... %r" % (k, m.group(0),
                                variant[max(0, m.start() - 30):m.end() + 30]))
        if "{:,}".format(d["value"]) not in text:
            problems.append("%s contract value %s not in text" % (k, d["value"]))
        t = d["terms"]
        for f, th in TH.items():
            if t[f] is not None and abs(t[f] - th) < 1e-9:
                problems.append("%s %s on threshold" % (k, f))
        s = tco_share(d)
        if s is not None and abs(s - TCO_SHARE_TH) <= 2:
            problems.append("%s TCO share %.2f within 2 points of threshold" % (k, s))
        rules = derive(d)
        if rules != sorted(d["design"]):
            problems.append("%s derived %s != design %s" % (k, rules, d["design"]))
        covered |= set(rules)
        extra = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld_stated", True)}
        if t["contract_kind"] == "goods_or_licence":
            extra["post_warranty_fee_capped"] = d["capped"]
        extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
        extra["contract_value"] = d["value"]
        label = {"file": name, "language": lang, "category": d["cat"],
                 "expected_terms": {key: t[key] for key in KEYS}, "expected_extra": extra, "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False),
                                                              encoding="utf-8")
        print("%s %-55s %5d %-6s %s TCO=%s" % (k, name, n, risk(rules), ", ".join(r[3:] for r in rules) or "(none)",
                                              None if s is None else round(s, 2)))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never fired: %s" % missing)
    for p in problems:
        print("PROBLEM:", p)
    assert not problems, "%d problems" % len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
