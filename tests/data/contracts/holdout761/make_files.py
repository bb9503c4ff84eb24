"""holdout761: builds the ten held-out drafts from the sources below, writes their .json labels and asserts the
checks of the brief (lengths, no threshold value or figure, rules derived from labels = design, coverage).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:林权登记与交易服务平台建设项目合同（政府采购）
P:合同编号：LQ-2026-ZC-0417
P:甲方（采购人）：临川县林业局
P:乙方（供应商）：赣青信息技术股份有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同。招标文件、投标文件及其澄清为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供林权登记与交易服务平台软件（含林权登记、林地流转交易、森林资源资产评估备案、电子档案、移动核查等模块）的永久使用许可，并完成定制开发、历史数据迁移、部署实施和培训。
P:1.2 定制开发内容包括：与省级林权交易平台、不动产登记系统、电子政务外网统一身份认证的接口，林权交易挂牌与竞价流程，林农移动端小程序，共计二十六项功能需求，以需求规格说明书为准。
P:1.3 数据迁移范围为甲方自二〇〇八年以来的林权证登记档案约十八万宗及对应矢量图斑，迁移后应与原始档案逐宗核对一致。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰壹拾壹万捌仟元整（¥2,118,000.00），为固定总价，包含软件许可费¥1,080,000、定制开发费¥736,000、数据迁移费¥214,000、实施及培训费¥88,000，以及税费、差旅、第三方测评配合等全部费用。
P:2.2 除双方书面变更需求外，甲方不再支付任何其他费用。需求变更导致工作量增减的，按投标文件所列人天单价据实结算，并签订补充协议。
H:第三条 付款方式
P:3.1 合同签订并收到乙方合法发票后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统上线试运行满六十日并通过初步验收后，甲方支付合同总价的45%。
P:3.3 项目通过最终验收后，甲方支付合同总价的35%。
P:3.4 甲方付款以财政资金到位为前提，乙方应提供符合要求的发票。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后一百五十日内完成全部定制开发、数据迁移和部署，具备上线试运行条件。
P:4.2 乙方应按周提交进度报告，并指定项目经理常驻甲方现场，未经甲方同意不得更换。
P:4.3 乙方应为甲方及各乡镇林业站业务人员提供不少于三期集中培训，每期培训后进行操作考核，考核合格率未达到要求的应免费补训；同时向甲方系统管理员提供部署、备份恢复和日常运维培训。
P:4.4 乙方应在上线前制定数据迁移方案、切换方案和回退方案，经甲方书面确认后实施。切换期间不得影响窗口正常办理林权登记业务。
H:第五条 验收
P:5.1 初步验收条件：全部功能需求通过测试；迁移数据与原始档案逐宗核对无差错；与省级平台、不动产登记系统的接口连续运行二十日无错误；二百个并发用户下查询响应不超过三秒。
P:5.2 最终验收条件：试运行期内无一级故障；通过第三方等级保护测评及密码应用安全性评估；技术文档、源代码及操作手册完整移交。
P:5.3 甲方应在收到验收申请后十个工作日内组织验收并出具书面意见。系统上线、试运行或甲方使用系统，均不视为验收合格。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、适配调整和技术支持。
P:6.2 质保期满后，甲方如需继续维护服务，年度维护费不超过软件许可费的8%（即每年不超过¥86,400），该价格在质保期满后三年内保持不变，维护合同按年另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%，计划内维护须提前三日通知甲方并安排在非工作时间。
P:7.2 一级故障（平台无法登记或交易中断）乙方应在三十分钟内响应，二小时内到达现场，六小时内恢复；二级故障二小时内响应，二十四小时内解决。
P:7.3 乙方应按月向甲方提交运行报告，载明可用率、故障清单、处理时长和整改措施，甲方据此进行服务考核。
P:7.4 响应或恢复每超时一小时，乙方按¥1,000向甲方支付违约金；月可用率每低于承诺值0.01个百分点，扣减当季维护服务费¥2,000。
H:第八条 知识产权
P:8.1 平台软件原有的知识产权归乙方，甲方依本合同取得永久、不可撤销的使用许可。
P:8.2 为甲方定制开发的程序、接口、数据迁移脚本、源代码及文档，其知识产权归甲方所有，甲方可自行修改、使用或许可第三方使用。
H:第九条 数据安全
P:9.1 平台中的林权登记数据、交易数据、权利人个人信息及衍生数据均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，在甲方机房内实施，通过堡垒机访问，不得将数据拷贝出甲方网络；发生数据泄露或安全事件的，应在两小时内报告甲方并采取补救措施。
P:9.3 乙方人员应签署数据安全承诺书，远程运维须经甲方逐次审批并全程录屏；项目结束或合同终止时，乙方应删除其临时持有的全部数据副本，并出具书面删除证明。
P:9.4 因乙方原因造成数据泄露、丢失或损毁的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对履约中知悉的甲方工作秘密、林权人信息和系统安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
P:11.3 乙方逾期超过六十日或交付成果经两次验收仍不合格的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十二条 分包
P:本项目不允许分包或转包。乙方确需将非主体部分交由他人完成的，应事先取得甲方书面同意，且乙方对其行为承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同。
P:13.2 因政策调整导致项目无法继续的，双方协商处理。
H:第十四条 争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 不可抗力
P:15.1 因不可抗力不能履行合同的，受影响一方应在三日内书面通知对方，并在十日内提供证明；双方根据影响程度协商延期履行、部分履行或解除合同，不承担违约责任。
P:15.2 不可抗力消除后，乙方应尽快恢复实施，并重新报送进度计划。
H:第十六条 廉洁与诚信
P:16.1 乙方不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益，一经查实，甲方有权解除合同，并将相关情况报送政府采购监督管理部门。
P:16.2 乙方应按政府采购诚信管理要求如实报送履约信息，并配合甲方开展履约验收、绩效评价和资金审计工作。
H:第十七条 其他
P:17.1 本合同一式六份，甲方四份、乙方二份，经双方签字盖章后生效，并报同级财政部门备案。
P:17.2 附件：需求规格说明书、报价明细表、验收方案、服务响应承诺书。
P:甲方（盖章）：临川县林业局        乙方（盖章）：赣青信息技术股份有限公司
P:签订日期：2026年4月17日
"""

Z02 = """T:弯管焊接生产线控制系统改造及维保合同
P:合同编号：HY-JG-2026-031
P:甲方：霸州市恒裕课桌椅制造有限公司
P:乙方：保定智焊自动化科技有限公司
P:甲方为提升课桌椅钢架弯管、焊接工序的自动化和质量追溯水平，委托乙方对现有弯管焊接生产线的电气控制系统进行改造，并提供质保期后的维保服务。双方经协商，订立本合同。
H:第一条 改造范围
P:1.1 对四台数控弯管机进行电控改造，更换伺服驱动与控制器，实现程序化换型；对三个焊接机器人工作站的控制器进行升级，加装焊接电流、电压实时采集。
P:1.2 在弯管、冲孔、焊接、打磨各工位布设采集终端二十四台，建立产线车间网络，部署产线监控软件，实现工单下发、工艺参数管理、设备状态监控和批次质量追溯。
P:1.3 改造后的控制系统应支持课桌椅、床架、书架等产品钢架的弯管程序存储不少于三百个，换型时由工单自动调用程序，操作员扫码确认后方可开机。
P:1.4 乙方负责拆除旧电控柜、安装调试、与甲方现有ERP系统的工单接口开发以及操作培训。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰肆拾伍万贰仟元整（¥1,452,000），明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|数控弯管机电控改造（伺服、控制器、电控柜）|4套|126,000|504,000
TB:2|焊接机器人工作站控制器升级及参数采集|3套|98,000|294,000
TB:3|工位采集终端|24台|6,500|156,000
TB:4|产线监控软件许可（永久）|1套|218,000|218,000
TB:5|工业交换机、光纤及车间网络|1批|114,000|114,000
TB:|设备及软件小计|||1,286,000
TB:6|安装调试及ERP工单接口开发|1项|142,000|142,000
TB:7|操作及维护培训|1项|24,000|24,000
TB:|合计|||1,452,000
P:2.2 上述价格已含税、运输、保险及安装所需辅材，改造期间产生的停线损失由双方按第四条约定的停线窗口安排避免。
H:第三条 付款
P:3.1 合同签订后七日内，甲方支付合同总价的20%作为预付款。
P:3.2 设备全部到货并安装完毕后，甲方支付合同总价的35%；到货安装不视为验收。
P:3.3 项目最终验收合格后十日内，甲方支付合同总价的45%。
H:第四条 工期与停线安排
P:4.1 乙方应在合同签订后七十五日内完成全部改造，并在甲方指定的两个停线窗口（每个不超过六日）内完成弯管与焊接工位的切换。
P:4.2 乙方应提前十日提交切换方案，列明拆装顺序、调试计划和应急恢复措施，经甲方生产部确认后执行。
P:4.3 因乙方原因超出停线窗口的，乙方应安排人员连续作业，尽快恢复生产。
H:第五条 验收
P:5.1 验收标准：弯管机换型时间由原来的人工调整缩短至二十分钟以内；弯管角度重复精度±0.3°；焊接参数采集完整、与机器人示教参数一致；每张工单可追溯到批次、工位、操作员和焊接参数；连续生产二十个班次无因控制系统导致的停线。
P:5.2 乙方提交验收申请后，甲方在七日内组织验收，出具验收报告。设备安装、试生产或甲方投入使用，均不视为验收合格。
P:5.3 验收不合格的，乙方应在十日内整改并重新申请验收，费用由乙方承担。两次验收仍不合格的，甲方可要求乙方更换相关设备或退回该部分价款。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费更换故障部件、修复软件缺陷。
P:6.2 一级故障（导致整条产线停线）乙方应在一小时内响应，六小时内到场；二级故障（单台设备停机）二小时内响应，次日内修复。
P:6.3 响应或到场每超时一小时，乙方向甲方支付¥600。
P:6.4 质保期满后，甲方可委托乙方提供维保服务，维保年费为设备及软件小计的7%（即¥90,020/年），质保期满后三年内不调价，维保合同按年签订，不自动续期。
H:第七条 知识产权
P:7.1 监控软件原有著作权归乙方，甲方取得永久使用许可，可在甲方其他厂区的同类产线上使用，无需另行付费。
P:7.2 为本项目编写的PLC程序、机器人工艺程序、ERP接口程序及其源代码、配置文件和图纸归甲方所有，甲方可自行修改、使用或交由第三方维护。
H:第八条 生产数据
P:8.1 产线采集的工艺参数、工单、质量追溯数据归甲方所有，乙方仅为履行本合同使用，不得用于其他目的。
P:8.2 乙方不得在产线网络中安装与本项目无关的软件，不得开放未经甲方同意的远程端口；监控服务器应部署在甲方机房，数据每日自动备份。
P:8.3 乙方应采取访问控制、数据备份和网络隔离措施，远程维护须经甲方逐次授权并使用甲方提供的账号；发生数据丢失、篡改或泄露的，乙方应在两小时内通知甲方、配合恢复，并对因其原因造成的损失承担赔偿责任。
H:第九条 违约责任
P:9.1 乙方逾期完成改造的，每逾期一日按合同总价的万分之二向甲方支付违约金。
P:9.2 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:9.3 乙方原因导致产线停线超出约定停线窗口的，除按9.1支付违约金外，还应承担甲方因此增加的加班费用和外协加工费用。
P:9.4 乙方交付的设备或软件不符合约定的，应负责更换或修复，并赔偿由此给甲方造成的直接损失。
H:第十条 分包
P:乙方可将电控柜安装、车间布线等辅助工作交由其合作单位完成，提前三日书面通知甲方即可；乙方对合作单位的工作质量承担责任。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面通知后十日内未纠正，或逾期超过四十五日的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:第十二条 安全生产
P:乙方人员进入甲方车间应遵守甲方安全管理制度，佩戴防护用品，动火、登高作业须办理作业票；因乙方人员违规造成人身或财产损害的，由乙方负责。乙方应为现场人员办理意外伤害保险，特种作业人员须持证上岗，电控柜通电调试前应与甲方设备科共同确认挂牌上锁措施，调试完成后清理现场、恢复车间通道。
H:第十三条 培训与技术资料
P:13.1 乙方应对甲方设备操作工、班组长和设备维修人员分批进行培训，内容包括弯管程序调用、换型操作、焊接参数查看、报警处理和日常点检，培训后进行实操考核。
P:13.2 乙方应在验收前向甲方移交电气原理图、接线图、PLC程序清单、备件清单、操作规程和维护手册，纸质版和电子版各一套，并对移交资料的准确性负责。
P:13.3 质保期内乙方每季度对改造设备进行一次巡检，检查伺服系统、传感器和网络状况，并出具巡检记录。
H:第十四条 备品备件
P:乙方应在验收前向甲方提供推荐备件清单及价格，并保证在质保期满后不少于八年内持续供应同型号或兼容备件；停产的，应提前六个月通知甲方并提供替代方案。
H:第十五条 不可抗力
P:因不可抗力导致不能按期履行的，受影响一方应及时通知对方并提供证明，双方协商顺延工期；不可抗力持续超过六十日的，任何一方可书面解除合同。
H:第十六条 法律适用与争议
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交廊坊仲裁委员会仲裁。
H:第十七条 其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：霸州市恒裕课桌椅制造有限公司        乙方（盖章）：保定智焊自动化科技有限公司
"""

Z03 = """卡丁车与模拟赛车门店预约及会员管理系统SaaS服务合同

合同编号：SD-RACE-2026-0088
甲方：速度者（上海）赛车运动连锁管理有限公司
乙方：杭州云驰软件服务有限公司

鉴于甲方在全国经营三十家卡丁车及模拟赛车门店，需要统一的在线预约、排班、会员、储值及营销管理系统，乙方同意以软件即服务（SaaS）方式向甲方提供该系统并完成实施。双方经友好协商，订立本合同，以资共同遵守。

一、服务内容
（一）订阅服务
1. 乙方向甲方三十家门店开通“赛道通”SaaS系统，包括场次预约、赛道与模拟器排班、会员与储值、团建套餐、成绩计时对接、营销券、门店经营报表等模块。
2. 每家门店开通前台账号不超过八个、店长账号二个，总部管理账号不限。
3. 服务期为两个服务年度，第一个服务年度自上线验收合格之日起算，第二个服务年度紧接第一个服务年度。
（二）实施服务
1. 乙方负责系统配置、门店主数据初始化、历史会员及储值余额迁移、微信小程序上线、与甲方计时系统和收银系统对接。
2. 乙方应按门店批次完成上线，每批不超过十家门店，并为每家门店提供一次现场或远程培训。
3. 实施完成后，乙方提交实施报告、配置清单和接口说明。
4. 乙方应指派专职实施经理，负责编制实施计划、组织门店调研、确认预约规则（场次时长、车型分组、年龄与身高限制、安全须知签署）和会员等级权益，实施计划经甲方确认后执行。
5. 历史数据迁移应至少进行两轮模拟迁移，每轮迁移结果由甲方财务部和会员运营部共同核对，正式迁移在门店闭店时段完成。

二、费用及支付
（一）费用
1. 订阅费：每家门店每个服务年度人民币9,800元，三十家门店每个服务年度合计人民币294,000元，两个服务年度合计人民币588,000元。
2. 实施费：人民币126,000元，一次性支付。
3. 培训费：人民币18,000元。
4. 合同总价：人民币732,000元（含税）。服务期内新增门店按同一单价按月折算。
（二）支付
1. 实施费和培训费在上线验收合格后二十个工作日内支付。
2. 订阅费按季度于每季度结束后十个工作日内支付当季费用，甲方不预付任何款项。
3. 乙方应在付款前开具增值税专用发票。

三、上线验收
（一）验收标准：三十家门店全部完成开通；迁移的会员数量、等级、储值余额与甲方原系统逐一核对无差异；在线预约、支付、核销、退款全流程测试通过；与计时系统成绩回传准确；高峰时段两千名用户同时在线时页面响应不超过两秒。
（二）乙方提交验收申请后，甲方在十日内完成验收并书面确认。门店试营业或甲方使用系统，不视为验收合格。
（三）乙方应在合同签订后六十日内具备全部门店上线条件；每逾期一日，乙方按合同总价的万分之八向甲方支付违约金。

四、服务水平
（一）系统月可用率不低于99.5%，计划维护应在每日零时至六时进行并提前两日通知。
（二）一级故障（预约或支付功能全部中断）乙方应在三十分钟内响应，两小时内恢复；二级故障两小时内响应，一个工作日内解决。
（三）月可用率未达到承诺值的，乙方按当季订阅费的5%向甲方提供服务抵扣；一级故障响应每超时一小时，抵扣人民币800元。
（四）乙方每月向甲方提供服务报告，列明月可用率、故障清单、处理时长和抵扣金额，抵扣金额在下一季度订阅费中直接扣减。
（五）因第三方支付渠道、运营商网络或甲方门店自有设备导致的中断，不计入不可用时间，但乙方应协助甲方排查。

五、数据
（一）甲方会员信息、预约记录、储值与消费记录等业务数据归甲方所有。
（二）乙方可将上述数据经脱敏、汇总后用于行业经营分析、产品改进及向其他客户提供的行业对标报告，此项使用在合同终止后仍可继续。
（三）乙方应按等级保护三级要求保护系统，对会员个人信息加密存储，实行最小权限访问并保留访问日志；发生数据泄露或丢失的，乙方应在两小时内通知甲方并协助通知受影响会员，因乙方原因造成的损失由乙方赔偿。
（四）合同终止后二十日内，乙方应以通用格式向甲方导出全部业务数据，并在甲方确认后删除。
（五）乙方应配合甲方开展个人信息保护合规审计，每个服务年度至少一次，并按甲方要求提供访问日志、权限清单和安全测评报告。

六、保密
（一）双方对在合作中知悉的对方商业秘密、经营数据和技术资料负有保密义务，未经对方书面同意不得披露，合同终止后三年内仍然有效。
（二）乙方人员接触甲方门店经营数据、价格策略和营销方案的，应签署保密承诺书；乙方不得将甲方的促销方案、团建客户名单透露给甲方的竞争对手。

七、知识产权
（一）SaaS平台及其后续版本的知识产权归乙方。
（二）为甲方定制的小程序页面、计时系统接口、报表模板归甲方所有，甲方可自行修改或交由第三方使用。

八、分包
乙方不得将本合同项下服务分包给第三方；确需使用第三方云资源或短信服务的，应事先取得甲方书面同意。

九、续约
服务期满后本合同自动终止，双方如需续约另行签订合同，续约价格由双方协商确定。

十、违约与解除
（一）乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除合同，并要求乙方退还已付未使用期间的费用。
（二）乙方对本合同项下的累计赔偿责任以合同总价的150%为限，但数据泄露和故意行为造成的损失不受此限。

十一、运营支持与培训
（一）乙方为甲方总部指定一名客户成功经理，每月与甲方运营部召开一次服务例会，通报故障、需求进展及版本计划。
（二）乙方应提供工作日九时至二十一时的电话及在线客服，周末及法定节假日门店营业时间内提供值班支持，门店高峰时段（周五至周日）加派值班人员。
（三）乙方在每次版本更新前五个工作日通知甲方更新内容，涉及收银、储值或会员权益规则的变更，应先在测试环境由甲方确认。
（四）新门店开业时，乙方应在开业前五日完成账号开通、赛道与模拟器资源配置，并对门店员工进行上线培训。

十二、备份与业务连续性
（一）乙方应每日对甲方数据进行全量备份，备份数据保存在中国境内两个不同机房，至少保留六十日。
（二）乙方应制定应急预案，每半年进行一次恢复演练并向甲方提交演练报告；发生重大故障时，乙方应启用门店离线收银和预约登记方案，保障门店正常营业。
（三）储值余额、会员积分等资金相关数据的任何批量修改，须经甲方书面授权，乙方应保留完整的操作日志备查。

十三、合同终止后的交接
（一）本合同期满或提前解除的，乙方应在终止前二十日内配合甲方制定迁移计划，提供数据字典、接口文档，并协助甲方将会员及储值数据迁移至新系统。
（二）交接期间乙方应保持系统正常运行，不得以费用结算为由中断服务或限制数据导出。
（三）交接完成后，双方签署交接确认书，乙方关闭甲方全部账号并删除系统中的甲方数据，出具删除证明。

十四、适用法律与争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方住所地人民法院诉讼解决。

十五、其他
本合同自双方盖章之日起生效，一式两份，双方各执一份。附件：服务功能清单、门店开通清单、接口说明。

甲方（盖章）：                    乙方（盖章）：
日期：2026年5月8日
"""

Z04 = """成品油市场监管加油站在线监测系统运维服务合同

项目名称：加油站在线监测系统运维服务项目（竞争性磋商）
项目编号：LX-SW-CS-2026-006
甲方（采购人）：临溪市商务局
乙方（成交供应商）：江城恒安信息工程有限公司

根据《中华人民共和国政府采购法》《政府采购竞争性磋商采购方式管理暂行办法》、本项目磋商文件及乙方响应文件，双方就加油站在线监测系统运维服务事项签订本合同。

一、服务范围
1. 本市一百八十六座加油站安装的在线监测终端（含液位仪数据采集器、加油机数据采集模块、视频接入设备）的日常巡检、故障维修和数据质量核查。
2. 市商务局成品油市场监管平台（含数据接收、比对预警、统计分析、移动执法模块）的运行维护、漏洞修复、数据备份和版本适配。
3. 按月编制全市成品油经营数据分析报告，按季度编制异常站点核查报告，配合甲方开展专项检查。
4. 备品备件的储备与更换，包括数据采集器、通信模块、电源适配器、摄像机及存储卡。
5. 新建、改建、迁建加油站的监测终端接入调试，以及停业、注销站点的设备拆除和台账注销，服务期内累计不超过十座，超出部分按响应文件单价另行结算。
6. 配合甲方对站点经营者进行终端使用培训，每半年不少于一次，并编制常见问题处置手册。

二、服务期限
服务期自2026年3月1日起至2027年2月28日止。服务期满，本合同终止，甲方另行组织采购。

三、服务费用与支付
1. 服务费总额为人民币伍拾捌万陆仟元整（¥586,000），其中：终端巡检维修费186座×1,600元=297,600元；平台运维费168,000元；数据分析报告费54,000元；备品备件费66,400元。
2. 服务费按季度支付。每季度服务考核完成后，甲方根据考核结果在二十个工作日内支付当季服务费，即服务费总额的四分之一扣减当季考核扣款后的金额。
3. 本合同不设预付款。乙方应在每次付款前提供合法有效的发票。

四、服务要求
1. 乙方应组建不少于六人的运维团队，其中驻场工程师二人，并在本市设立备件库。
2. 每座加油站每季度现场巡检不少于一次，检查终端供电、网络、数据上传和视频画面，形成巡检记录并由站点负责人签字。
3. 平台月可用率不低于99.95%；计划维护须提前三个工作日报甲方同意。
4. 故障分级与响应：一级故障（监管平台中断，或十座以上站点同时数据中断）乙方应在一小时内响应，八小时内恢复；二级故障（单站数据中断或数据明显异常）两小时内响应，四十八小时内到站修复；三级故障五个工作日内处理。
5. 响应、恢复每超时一小时，甲方从当季服务费中扣减人民币500元；单站数据中断超过七日的，每站每日扣减人民币200元。
7. 乙方应在发现加油量与液位变化明显不符、数据长时间为零等异常时，当日向甲方报告，并在两个工作日内完成现场核查，出具核查意见。

五、考核与验收
1. 甲方按季度对乙方服务进行考核，考核内容为：巡检覆盖率（须全部站点完成）、巡检记录完整性、故障工单闭环情况、月度和季度报告是否按期提交、终端上传数据与站点现场计量记录抽样比对误差不超过千分之五。
2. 服务期满前二十日内，甲方组织年度验收。验收依据为本合同服务要求、四个季度考核记录、运维档案及甲方抽查结果；验收合格后出具书面验收意见，作为支付末季服务费的依据。
3. 季度考核结果分为合格与不合格两档，考核表由双方签字确认，作为当季服务费支付和年度验收的依据。
4. 考核或验收不合格的，乙方应在十日内整改；整改后仍不合格的，甲方按未达标项目扣减相应服务费。

六、监测数据
监测终端和监管平台产生的全部加油站经营数据、计量数据、视频和预警记录归甲方所有，乙方仅为履行本合同使用，不得用于本合同以外的目的，也不得向任何第三方提供。

七、保密
1. 乙方对履约中接触的加油站经营数据、企业信息、执法检查计划和甲方内部文件负有保密义务，未经甲方书面同意不得向任何单位或个人披露。
2. 乙方应与参与本项目的全部人员签订保密协议，人员离岗时收回其持有的资料。
3. 保密义务在本合同终止后继续有效。

八、知识产权
运维过程中形成的巡检记录、分析报告、数据核查结果、运维脚本和配置文档，其知识产权归甲方所有。监管平台原有软件著作权归原开发单位，不因本合同转移。

九、违约责任
1. 乙方未按期完成季度巡检、未按期提交报告或逾期完成整改的，每逾期一日按服务费总额的千分之一向甲方支付违约金。
2. 甲方无正当理由逾期支付服务费的，按逾期金额每日万分之三向乙方支付违约金。
3. 合同履行期间，甲乙双方均不得单方解除合同。一方违约的，另一方可以要求其继续履行、采取补救措施并按本合同约定支付违约金，但不得以此为由解除合同。

十、分包
乙方不得将本合同项下的服务转包或分包给任何第三方。

十一、人员与安全
1. 乙方人员进入加油站作业应遵守加油站安全管理规定，严禁在加油区使用明火及非防爆设备，作业前应与站点负责人确认。
2. 乙方人员应统一着装、佩戴工作证，不得干预加油站正常经营，不得向加油站收取任何费用或推销产品；站点反映乙方人员违规的，甲方核实后可要求乙方更换人员。
3. 因乙方人员原因造成的人身伤害或财产损失，由乙方承担责任。

十二、节假日及专项保障
1. 春节、国庆等法定节假日及成品油价格调整窗口期间，乙方应安排专人值守，确保监管平台正常接收数据，并在调价当日向甲方报送全市站点数据上传情况。
2. 甲方开展成品油市场专项整治或联合执法检查时，乙方应在接到通知后两个工作日内派出技术人员，协助调取站点历史数据、核对终端运行记录并出具技术说明。
3. 遇恶劣天气、道路施工等原因导致站点大面积断电断网的，乙方应在恢复供电后二十四小时内完成全部受影响站点的数据补传核查。

十三、运维档案与报告
1. 乙方应建立一站一档，记录终端型号、安装位置、通信方式、历次巡检与维修情况，档案随时供甲方查阅。
2. 月度分析报告应包含全市及分区县成品油销量、站点数据上传情况、异常站点清单及原因分析；季度核查报告应附现场照片和站点签字记录。
3. 乙方更换终端部件的，应在更换后三个工作日内更新设备台账，并将旧部件交甲方指定地点统一处置。
4. 乙方更换驻场工程师的，应提前十日书面报甲方同意，新任人员的资历不得低于响应文件承诺。

十四、服务交接
服务期满或合同终止时，乙方应向甲方或甲方指定的新服务单位移交运维档案、设备台账、备件清单、平台账号及配置文档，并配合完成为期二十日的交接，交接期间不得中断服务。

十五、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十六、其他
1. 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
2. 本合同一式五份，甲方三份、乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临溪市商务局                  乙方（盖章）：江城恒安信息工程有限公司
签订日期：2026年2月20日
"""

Z05 = """# 织印云 印刷裱糊生产追溯系统 软件许可及定制开发合同

（乙方标准合同文本 ZY-HT-V3.0）

- 合同编号：ZYY-2026-0532
- 甲方：宁海县寰宇地球仪工艺品有限公司
- 乙方：宁波织印云软件有限公司

甲方因地球仪球面贴图印刷、裱糊、上光、装配等工序管理需要，向乙方采购“织印云印刷裱糊生产追溯系统”软件许可及定制开发服务。双方在平等自愿的基础上，按照乙方标准合同文本订立本合同。

## 第一条 产品与服务

1.1 乙方向甲方授予织印云生产追溯系统标准版永久使用许可，授权用户数八十个，含生产工单、印刷排程、球面贴图版本管理、裱糊工位报工、质检记录、成品追溯、仓储出入库等模块。

1.2 乙方根据甲方需求进行定制开发，内容包括：贴图印刷色差检测数据接入、裱糊工位扫码报工终端界面、出口订单唛头及客户型号对照、与甲方财务软件的数据接口。定制开发的范围以双方签字确认的需求清单为准，需求清单以外的内容另行计费。

1.3 乙方负责系统安装部署、基础数据导入和用户培训。

1.4 系统部署于甲方自有服务器，支持十六寸、二十寸、三十二厘米等规格地球仪的球面贴图分瓣版本管理，每个订单可追溯至印刷批次、纸张批次、裱糊操作员、上光时间和质检结果。

1.5 乙方提供的标准功能以乙方产品说明书为准，产品说明书与本合同不一致的，以产品说明书为准。

## 第二条 合同金额

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 织印云生产追溯系统软件许可（永久，八十用户） | 548,000 |
| 2 | 定制开发 | 96,000 |
| 3 | 安装部署、数据导入及培训 | 36,000 |
| | 合计 | 680,000 |

合同总价为人民币陆拾捌万元整（¥680,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，乙方收款后安排实施。

3.2 系统上线运行后十个工作日内，甲方支付合同总价的35%。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过二十日的，乙方有权暂停服务或收回软件授权。

## 第四条 实施与上线

4.1 乙方在收到首笔款项后开始实施，预计在九十日内完成部署和定制开发。实施计划由乙方根据项目情况制定，因需求变更、甲方配合不及时等原因造成的延误，工期相应顺延。

4.2 甲方应提供服务器、网络环境和基础数据，指定项目联系人，并组织相关人员参加培训。

4.3 乙方完成部署并经甲方试用后，系统即投入上线运行。系统上线运行即视为甲方验收合格，甲方不再另行组织验收。

## 第五条 免费维护

5.1 自系统上线运行之日起六个月为免费维护期，乙方在此期间提供远程技术支持和软件缺陷修复。

5.2 免费维护期内，一级故障（系统无法登录或报工中断）乙方在8小时内响应，二级故障在两个工作日内响应。乙方将尽力排除故障，但不承担因故障产生的扣款、赔偿或违约金。

5.3 因甲方操作不当、硬件故障、病毒或第三方软件引起的问题，不属于免费维护范围。乙方应甲方要求到现场处理的，差旅费用由甲方承担，现场服务按乙方人天单价另行计费。

5.4 免费维护期内，乙方通过电话、远程桌面和在线工单提供支持，服务时间为工作日八时三十分至十七时三十分。

## 第六条 年度维护

6.1 免费维护期满后，甲方应与乙方签订年度维护协议，年度维护费为软件许可费的22%，即每年人民币120,560元，于每个维护年度开始前支付。

6.2 年度维护服务包括远程技术支持、缺陷修复和标准版本升级，不包括新增定制开发。

6.3 甲方未签订年度维护协议的，乙方不再提供任何技术支持和升级服务。

## 第七条 知识产权

7.1 织印云系统及其全部模块、文档的知识产权归乙方所有。

7.2 乙方为甲方定制开发的功能、界面、接口程序、报表及源代码，知识产权均归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。乙方有权将定制开发成果用于其他客户。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产、订单、质检数据归甲方所有，乙方不得将其用于本合同以外的目的。

8.2 乙方在远程维护时应使用甲方分配的账号，采取必要的访问控制和加密传输措施，不得留存甲方数据副本；发生因乙方原因的数据泄露或丢失的，乙方应在二十四小时内通知甲方，协助恢复并承担相应责任。

## 第九条 保密

双方对在合作过程中知悉的对方商业秘密、技术资料和客户信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内有效。

## 第十条 责任限制

10.1 乙方对本合同项下全部责任的累计赔偿总额，以合同总价的20%为限。

10.2 乙方不对甲方的间接损失、利润损失、商誉损失、数据恢复费用承担责任。

## 第十一条 合同解除

11.1 一方严重违反本合同约定，经对方书面催告后二十日内仍未纠正的，守约方有权书面通知解除本合同。合同解除后，乙方已收取的软件许可费不予退还；已完成的定制开发工作量按乙方人天单价结算，甲方应在十日内付清。

11.2 甲方未按期支付任何款项的，视为甲方违约，乙方有权暂停全部服务直至甲方付清款项，由此造成的工期延误由甲方承担。

## 第十二条 甲方的配合义务

12.1 甲方应按乙方提供的配置清单准备服务器、数据库、操作系统、扫码枪、工位平板和车间无线网络，并确保在乙方进场前完成安装调试。因甲方环境不满足要求导致的实施延误和额外工作，乙方有权另行收费。

12.2 甲方应在乙方通知后五个工作日内提供物料编码、产品型号、工艺路线、工位、员工及客户等基础数据，并对数据的准确性负责。

12.3 甲方应指定熟悉印刷、裱糊、上光和装配工序的业务骨干参与需求确认和测试，需求清单经甲方签字后不得变更；确需变更的，按乙方人天单价另行计费。

## 第十三条 培训

13.1 乙方为甲方提供两次集中培训，分别面向系统管理员和车间班组长，每次培训时长不超过一日。

13.2 超出上述次数的培训，以及为甲方新入职员工提供的培训，按乙方收费标准另行收费。

## 第十四条 版本升级

14.1 乙方发布的标准版本升级，仅向签订年度维护协议的客户提供。

14.2 乙方提供的系统升级包由甲方自行安装；需乙方远程协助安装的，应提前五个工作日预约。

14.3 因甲方定制功能与新版本不兼容的，乙方可按新的报价为甲方进行适配开发，甲方也可选择继续使用原版本。

14.4 乙方可根据产品规划调整、合并或下线部分标准功能，并在官网或系统内公告。

## 第十五条 不可抗力

因不可抗力、政策变化、网络运营商故障等原因导致本合同不能履行的，双方均不承担责任。

## 第十六条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十七条 其他

17.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

17.2 本合同附件包括需求清单、授权证书、报价单，与本合同具有同等效力。

甲方（盖章）：　　　　　　　　乙方（盖章）：

日期：2026年6月3日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. OGD-CN-2026-014
P:This Agreement is made on 22 April 2026 between Hunan Xiangmu Timber Import and Processing Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Changsha, Hunan Province (the "Buyer"), and Ogooue Data Systems SARL, a company incorporated in the Gabonese Republic with its registered office at Quartier Adouma, Lambarene, Moyen-Ogooue Province, Gabon (the "Vendor").
P:The Buyer imports sawn timber and logs from Central Africa and processes them at two mills in Hunan. It wishes to trace every consignment from the concession to the mill and to keep the legality documents of each log in one system. The Vendor has developed the TimberTrace software for that purpose. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TimberTrace chain-of-custody software, version 5, in object code, with its standard modules for concessions, log registers, transport documents, port and customs records, mill intake and yield reporting, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means everything the Vendor develops specifically for the Buyer under this Agreement, including the interfaces to the Buyer's ERP and weighbridge systems, the Chinese-language user interface changes, report templates, data conversion scripts and their source code and documentation.
P:1.3 "Buyer Data" means all data entered into, generated by or processed by the Software in the Buyer's environment, including supplier, consignment, document and yield data.
P:1.4 "Final Acceptance" means the Buyer's written acceptance under Article 5.3.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, irrevocable licence to install and use the Software on the Buyer's own servers in mainland China for up to 120 named users and an unlimited number of mobile scanning devices, for the Buyer's and its affiliates' business.
P:2.2 The Vendor shall install and configure the Software, develop the Custom Deliverables, convert the Buyer's existing consignment records, and train the Buyer's staff, as described in Annex 1.
P:2.3 The Vendor shall carry out the work remotely and through a project team that will spend at least six weeks on site in Changsha and at the two mills.
H:Article 3 Price
P:3.1 The total contract price is CNY 1,624,000, comprising the licence fee of CNY 1,260,000, implementation and Custom Deliverables of CNY 318,000 and training of CNY 46,000. The price is fixed and includes all taxes, travel and expenses of the Vendor.
P:3.2 Any change in scope shall be agreed in a written change order signed by both parties before work on it starts.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the contract price within 20 days after signature, against the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the contract price after the Software and the Custom Deliverables have been installed in the production environment and the Buyer has signed the installation certificate. Installation is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the contract price within 20 days after Final Acceptance.
P:4.4 All payments shall be made in CNY by bank transfer to the account stated in the invoice.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall have the Software and the Custom Deliverables ready for acceptance testing within 120 days after signature.
P:5.2 Acceptance tests shall show that: every function listed in Annex 1 works as specified; the converted consignment records match the source records one by one; the ERP and weighbridge interfaces run for 20 consecutive working days without error; a consignment can be traced from concession to mill intake in under five seconds with 60 concurrent users; and no Severity 1 defect remains open.
P:5.3 Once the tests are passed, the Buyer shall issue a Final Acceptance certificate within ten working days. Use of the Software in production before that date is not acceptance.
P:5.4 If the tests fail, the Vendor shall correct the defects and repeat the tests at its own cost.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to Annex 1 for 18 months after Final Acceptance and will correct every defect reported during that period free of charge.
P:6.2 During the warranty period the Vendor shall respond to a Severity 1 incident (the Software is unavailable or no consignment can be registered) within one hour and restore service within eight hours, and respond to Severity 2 incidents within two hours.
P:6.3 For each hour by which the Vendor misses a response or restoration time, it shall credit the Buyer CNY 800 against the next invoice or pay that amount.
P:6.4 After the warranty period the Buyer may order annual support at 9% of the licence fee, that is CNY 113,400 per year. This fee is fixed for the first three years after the warranty period and each support year is ordered separately; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor.
P:7.2 The Custom Deliverables belong to the Buyer from their creation. The Vendor shall deliver their source code with each release and the Buyer may use, modify and license them freely.
H:Article 8 Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not keep any copy after the work is complete.
P:8.2 The Vendor shall access the Buyer's systems only through the remote-access gateway the Buyer provides, using named accounts approved for each session, shall encrypt any Buyer Data in transit, and shall comply with the PRC Data Security Law and Personal Information Protection Law in performing this Agreement.
P:8.3 The Vendor shall notify the Buyer of any security incident affecting Buyer Data within 24 hours, take all measures needed to contain it and bear the losses caused by any incident attributable to it.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including the Buyer's supplier lists, prices and concession documents, and use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor misses the date in Article 5.1, it shall pay delay damages of 0.08% of the contract price for each day of delay, up to 10% of the contract price.
P:10.2 The Vendor's total liability under this Agreement is limited to 150% of the contract price, except for breach of Articles 8 and 9, personal injury and wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after written notice.
P:12.2 If the Buyer terminates under Article 12.1 before Final Acceptance, the Vendor shall refund the amounts paid for the parts not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Gabonese Republic.
P:13.2 Any dispute that the parties cannot settle by negotiation within 45 days shall be finally settled by arbitration in Libreville under the rules of the Centre for Arbitration and Mediation of Gabon, in the English language.
H:Article 14 Project Management and Training
P:14.1 Each party shall appoint a project manager. The Vendor's project manager shall speak English and shall be supported by an interpreter provided by the Vendor whenever working with the Buyer's mill staff. The project managers shall meet weekly, by video or on site, and the Vendor shall circulate written minutes and an updated risk list after each meeting.
P:14.2 The Vendor shall train 20 key users and four system administrators before acceptance testing, and shall provide user manuals and administration guides in Chinese and English. Training shall cover log registration with the mobile scanners, transport and customs documents, mill intake, yield reports and the handling of missing or expired legality documents.
P:14.3 The Vendor shall not replace its project manager or lead developer without the Buyer's consent, which shall not be unreasonably withheld, and shall ensure an orderly handover if a replacement is approved.
H:Article 15 Force Majeure
P:A party prevented from performing by an event beyond its reasonable control shall notify the other party promptly, and the time for performance shall be extended by the period of the delay. If the event lasts more than 60 days, either party may terminate this Agreement by written notice, and the Vendor shall refund any amount paid for work not delivered.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (scope and functions) and Annex 2 (project plan), is the whole agreement between the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is made in two English originals, one for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# ORDER FORM AND GENERAL TERMS — FIELDWORK CLOUD SUBSCRIPTION

Order Form No. FWC-2026-0391

## PART A — ORDER FORM

### A1. Parties

- **Provider:** Ngounie Field Software SARL, Boulevard de la Ngounie, Mouila, Ngounie Province, Gabonese Republic.
- **Customer:** Shenzhen Anli Elevator Maintenance Services Co., Ltd., Nanshan District, Shenzhen, People's Republic of China.

This Order Form and the General Terms in Part B form one contract (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Subscription

The Provider will provide the FieldWork Cloud work-order and inspection platform (the "Service") to the Customer's maintenance teams: scheduling of periodic elevator inspections, mobile work orders, photo and checklist records, spare-parts usage, digital customer sign-off and management dashboards. The subscription covers 650 named technician users and 60 office users, with tenant hosting in the Provider's data centre region in mainland China.

- **Subscription Term:** two Subscription Years. The first Subscription Year starts on the Subscription Start Date and the second follows it without interruption.
- **Subscription Start Date:** the date of Go-Live Acceptance under A4, targeted for 1 August 2026.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 710 users, flat | 286,000 |
| Subscription fee, Subscription Year 2 | 710 users, flat | 286,000 |
| Onboarding (configuration, data import, integration, training) | one-time | 64,000 |
| **Total Contract Value** | | **636,000** |

Additional users may be added at the same per-user rate, pro rata for the remaining Subscription Year. The fees include VAT.

### A4. Invoicing, Payment and Go-Live

1. On signature of this Order Form the Provider will invoice the onboarding fee and the subscription fee for Subscription Year 1, together CNY 350,000, payable within 14 days of the invoice and in any case before the Provider starts onboarding work or opens the tenant.
2. The subscription fee for Subscription Year 2 will be invoiced 20 days before that Subscription Year starts and is payable by its first day.
3. Go-Live Acceptance: the Provider shall configure the tenant, import the Customer's register of 18,600 elevators and its inspection checklists, and connect the platform to the Customer's ERP for spare-parts and billing data. The Customer shall run acceptance tests within ten working days after the Provider's notice of readiness. The tests pass when all checklists and elevator records match the source files, work orders flow to and from the ERP without error for ten consecutive working days, and a pilot group of 80 technicians completes its inspections on the mobile app for two weeks without a Severity 1 incident. The Customer will then sign a Go-Live Acceptance certificate. Use of the Service during the pilot is not acceptance.
4. If Go-Live Acceptance is not achieved by 1 August 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

### A5. Key Contacts and Support Hours

The Provider's account manager and the Customer's project owner are named in the Schedule of Contacts. Support is available by telephone and online ticket from 08:00 to 22:00 China Standard Time every day, and for Severity 1 incidents at all times.

### A6. Signatures

Signed for the Provider: ____________________  Date: __________

Signed for the Customer: ____________________  Date: __________

## PART B — GENERAL TERMS

### 1. Service Levels

1.1 The Provider targets a monthly availability of the Service of 99.95%, excluding maintenance announced at least 48 hours in advance and carried out between 00:00 and 05:00 China Standard Time.

1.2 The Provider will respond to Severity 1 incidents (the Service or the mobile app is unavailable to all users, or work orders cannot be created) within one hour, and to Severity 2 incidents within three hours during support hours.

1.3 The service levels in this Section 1 are targets. A failure to meet them does not entitle the Customer to service credits, fee reductions, refunds or damages. The Provider will report the achieved availability in its monthly service report and describe the measures taken to restore the Service.

### 2. Customer Data

2.1 All data that the Customer or its users submit to the Service, including elevator registers, inspection records, photos, customer signatures and technician location data ("Customer Data"), belongs to the Customer.

2.2 The Provider will use Customer Data only to provide the Service to the Customer and for no other purpose, including during and after the Subscription Term.

2.3 The Provider shall host Customer Data only in mainland China, encrypt it in transit and at rest, restrict access to named personnel under logged multi-factor authentication, maintain ISO 27001 certification and an MLPS level-3 filing for the Service, and comply with the PRC Personal Information Protection Law.

2.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, contain it, cooperate in notifying regulators and affected persons, and compensate the Customer for the losses caused by any incident attributable to the Provider.

2.5 Within 20 days after the end of the Subscription Term the Provider will make all Customer Data available for export in CSV and image files and will then delete it and certify the deletion in writing.

### 3. Intellectual Property

3.1 The Service, the platform and its standard features remain the Provider's property.

3.2 Checklists, report templates, ERP mappings and configurations prepared for the Customer during onboarding belong to the Customer, which may use, modify and license them freely, also with another provider.

### 4. Confidentiality

Each party shall keep confidential all non-public information disclosed by the other party in connection with the Agreement, use it only for the Agreement and disclose it only to its personnel and advisers who need to know it and are bound by equivalent obligations. This Section survives for three years after the Agreement ends.

### 5. Subcontractors

The Provider shall not subcontract any part of the Service or engage any subprocessor with access to Customer Data without the Customer's prior written consent. The Provider remains responsible for any approved subcontractor. The cloud infrastructure provider named in the Schedule of Contacts is approved by signature of this Order Form.

### 6. Term, Renewal and Termination

6.1 The Agreement ends at the end of the Subscription Term. It does not renew automatically; any further subscription requires a new Order Form signed by both parties.

6.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 20 days after written notice of the breach.

6.3 If the Customer terminates under Section 6.2, the Provider shall refund the prepaid fees for the remaining part of the Subscription Term and any onboarding fee paid for work not accepted.

### 7. Liability

7.1 Each party's total liability arising out of the Agreement is limited to 150% of the Total Contract Value.

7.2 The limit in Section 7.1 does not apply to breach of Sections 2 and 4, personal injury or wilful misconduct.

7.3 Neither party is liable for indirect or consequential loss, except where that loss results from a breach of Section 2.

### 8. Warranties

The Provider warrants that the Service will perform materially in accordance with its documentation and that it will not materially reduce the functionality of the Service during the Subscription Term. The Provider will correct any non-conformity reported by the Customer without charge. The Provider will also keep the mobile app compatible with the current and previous major versions of the Android and iOS operating systems used by the Customer's technicians.

### 9. Customer Responsibilities

9.1 The Customer is responsible for the accuracy of the data it submits, for the mobile devices its technicians use and for keeping its user credentials secure.

9.2 The Customer shall give the Provider timely access to its ERP test environment and to the staff needed for onboarding, and shall nominate a project owner with authority to approve configurations and sign the Go-Live Acceptance certificate.

9.3 The Customer shall not use the Service to store data unrelated to elevator maintenance, shall not attempt to probe or disrupt the Service, and shall report promptly any suspected misuse of its accounts.

### 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising out of or in connection with it shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time of application. The arbitration shall be conducted in English and Chinese.

### 11. General

11.1 Notices must be in writing and sent to the addresses in Part A by courier or email with confirmation of receipt.

11.2 Neither party may assign the Agreement without the other party's written consent.

11.3 This Agreement is the entire agreement between the parties about the Service and replaces all earlier proposals. Amendments must be in writing and signed by both parties.
"""

E03 = """T:Supply Contract for Condition-Monitoring Sensors and Monitoring Software
P:Contract No. WHC-EQ-2026-077
P:Buyer: Anhui Wanhe Cement Co., Ltd., Wuhu, Anhui Province, People's Republic of China.
P:Supplier: Sangha Instruments SARL, Avenue de la Sangha, Ouesso, Sangha Department, Republic of the Congo.
P:This Contract is made on the Buyer's standard terms for equipment purchases. The Buyer wishes to monitor the vibration and temperature of the kiln drives, raw mills, cement mills, fans and conveyors of its clinker line and has selected the Supplier after a competitive tender.
H:1. Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 2. "Software" means the Supplier's VibraSense monitoring software, including its analytics, alarm and reporting modules. "Works" means installation, configuration, integration and training.
P:1.2 The Supplier shall supply the Equipment, license the Software perpetually, perform the Works and provide the warranty services under this Contract, so that the Buyer can monitor the condition of 96 critical machines from its central control room and from mobile devices.
P:1.3 The Supplier shall integrate the Software with the Buyer's distributed control system and its maintenance management system, so that alarms create maintenance work orders automatically.
H:2. Price
P:2.1 The Contract Price is CNY 1,456,000, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless triaxial vibration sensor, ATEX rated|180|3,600|648,000
TB:2|Wireless temperature sensor|36|2,400|86,400
TB:3|Industrial gateway with 4G backup|14|9,800|137,200
TB:4|VibraSense monitoring software, perpetual site licence|1|420,000|420,000
TB:|Equipment and Software Subtotal|||1,291,600
TB:5|Installation, configuration and DCS / maintenance-system integration|1|138,400|138,400
TB:6|Training of operators and reliability engineers|1|26,000|26,000
TB:|Contract Price|||1,456,000
P:2.2 The Contract Price is fixed and includes VAT, customs duties, delivery to the Buyer's plant in Wuhu, insurance and all the Supplier's costs. Sensors and gateways shall be new, of the models stated in the Supplier's tender, and delivered with their calibration certificates and certificates of origin.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature against an advance-payment bank guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 55% of the Contract Price after all Equipment has been delivered and installed and the Buyer has signed the installation record. Delivery and installation are not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all Equipment within 70 days after signature and complete the Works within 110 days after signature, during the Buyer's planned kiln shutdown windows.
P:4.2 If the Supplier is late, it shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. Payment of delay damages does not release the Supplier from its obligation to complete the Works.
H:5. Acceptance
P:5.1 Final Acceptance requires that: every sensor reports to the Software at its configured interval; measured vibration values agree with the Buyer's reference portable analyser within the tolerance in the technical specification; alarms reach the DCS and create work orders in the maintenance system; the Software runs for 45 consecutive days with no Severity 1 incident; and all documentation has been delivered.
P:5.2 The Buyer shall carry out the tests with the Supplier and sign a Final Acceptance certificate within ten working days after successful completion. Installation, trial operation or use of the system by the Buyer is not acceptance.
P:5.3 If a test fails, the Supplier shall remedy the defect and repeat the test at its own cost.
H:6. Warranty and Post-Warranty Support
P:6.1 The Supplier warrants the Equipment and the Software for 24 months after Final Acceptance, and shall repair or replace any defective item free of charge, including parts, labour and travel.
P:6.2 During the warranty period the Supplier shall respond to incidents as follows:
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software unavailable or more than ten sensors on a kiln drive or mill not reporting|30 minutes|8 hours
TB:Severity 2|Individual sensor or gateway failure|2 hours|2 working days
TB:Severity 3|Questions, minor defects|1 working day|next release
P:6.3 For each hour by which a response or restoration time is missed, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due.
P:6.4 After the warranty period the Buyer may order support from the Supplier at an annual fee of 8% of the Equipment and Software Subtotal, that is CNY 103,328 per year. This fee shall not increase for the two years following the warranty period. Each support year is ordered by a separate purchase order; there is no automatic renewal.
P:6.5 The Supplier shall keep spare parts and replacement sensors available for at least eight years after Final Acceptance.
H:7. Intellectual Property
P:7.1 The Software remains the Supplier's property and is licensed to the Buyer perpetually for use at the Wuhu plant.
P:7.2 Integration programs, alarm rules, machine models and dashboards developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver their source code and configuration files at Final Acceptance.
H:8. Data
P:8.1 All measurement data, alarms, reports and plant information processed by the Equipment or the Software belong to the Buyer and may be used by the Supplier only to perform this Contract.
P:8.2 The Software shall be installed on the Buyer's servers. The Supplier shall access them only through the Buyer's remote-access gateway with named accounts approved for each session, shall not copy any data outside the Buyer's network, and shall comply with the PRC Data Security Law.
P:8.3 The Supplier shall notify the Buyer of any security incident affecting the Buyer's data or control systems within six hours, take immediate measures to contain it and compensate the Buyer for the losses caused by any incident attributable to the Supplier.
P:8.4 The gateways shall connect to the Software only through the Buyer's industrial firewall. The Supplier shall not enable any remote connection to the Equipment other than through the Buyer's gateway.
H:9. Confidentiality
P:Each party shall keep confidential the other party's non-public information received under this Contract, including the Buyer's process data, plant layouts and network settings, and shall not disclose it to any third party without the other party's prior written consent. This obligation survives for three years after the Contract ends.
H:10. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the Works without the Buyer's prior written consent. Cable laying and scaffolding may be performed by a local contractor once approved in writing by the Buyer. The Supplier remains responsible for every subcontractor.
H:12. Documentation and Training
P:12.1 The Supplier shall deliver, in Chinese and English, the installation drawings showing the position of every sensor, the gateway network diagram, the configuration of every machine model and alarm threshold, user and administrator manuals and the test records of the acceptance tests.
P:12.2 The Supplier shall train eight control-room operators and six reliability engineers at the Wuhu plant. Training shall cover reading trend and spectrum displays, handling alarms, replacing batteries and sensors, adding new machines to the Software and backing up and restoring the Software. Each trainee shall pass a practical test set by the Supplier and approved by the Buyer.
H:13. Site Safety
P:13.1 The Supplier's personnel shall follow the Buyer's safety rules, including lock-out and tag-out procedures, hot-work permits and the rules for working at height and in confined spaces, and shall attend the Buyer's safety induction before starting work.
P:13.2 Sensors on the kiln drive and the mills shall be mounted only during the shutdown windows agreed with the Buyer's production department.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 20 days after notice, or if the delay damages under Clause 4.2 reach their maximum.
P:14.2 On termination the Supplier shall refund the amounts paid for Equipment and Works not accepted, and the Buyer may return any delivered Equipment at the Supplier's cost.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hefei Arbitration Commission for arbitration in Hefei.
H:16. General
P:16.1 This Contract, with Annex 1 (technical specification) and Annex 2 (installation plan and test procedures), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Contract is made in two English originals and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED SERVICES AGREEMENT — SERVICE DESK AND END-USER COMPUTING

Agreement No. LKV-MSA-2026-09

**Customer:** Chengdu Lukuai Supply Chain Co., Ltd., Shuangliu District, Chengdu, Sichuan Province, People's Republic of China.

**Provider:** Likouala Digital Services SA, Avenue de l'Alima, Owando, Cuvette Department, Republic of the Congo, acting through its service delivery centre and its field engineers in Chengdu.

**Background.** The Customer operates warehouses and transport hubs in 19 cities in western China. It wishes to outsource its IT service desk, the support of its laptops, desktops, handheld scanners and printers, and the administration of its user accounts. The Provider provides such services to logistics companies. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2. "Charges" means the charges in Schedule 3.

1.3 "Service Commencement Date" means the date on which the Customer signs the Service Commencement certificate under Section 3.

1.4 "Customer Data" means all data of the Customer, its employees, drivers and customers that the Provider accesses or processes in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 This Agreement ends at the end of the Service Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal. The parties will discuss any extension at least four months before the end of the Service Term.

## 3. Transition and Service Commencement

3.1 The Provider shall take over the services from the Customer's internal team according to the transition plan in Schedule 1, including knowledge transfer, setting up the ticketing tool, loading the asset register of about 7,400 devices and documenting the standard operating procedures.

3.2 Service Commencement requires that: the service desk answers calls and tickets in Chinese for all 19 sites; every device in the asset register has been verified by physical or remote inventory; the runbooks for the 25 most common requests have been approved by the Customer; and a parallel run of ten working days has met the Service Levels for Priority 1 and Priority 2 incidents. The Customer shall sign the Service Commencement certificate within five working days after these conditions are met.

3.3 The target Service Commencement Date is 1 September 2026. If it is missed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay, up to CNY 120,000.

## 4. Service Levels and Credits

4.1 The Provider shall meet the Service Levels in Schedule 2 in every calendar month and shall report its performance in a monthly service report within five working days after the end of the month.

4.2 If a Service Level is missed, the Provider shall credit the Customer the service credit shown in Schedule 2. Credits are deducted from the next invoice. The total credits for one month shall not exceed 25% of that month's Monthly Service Charge.

4.3 If the same Service Level is missed in three consecutive months, the Provider shall present a remediation plan within ten days and carry it out at its own cost.

## 5. Charges and Payment

5.1 The Charges are set out in Schedule 3. The Total Contract Value is CNY 2,540,000.

5.2 The transition fee is invoiced after the Service Commencement certificate has been signed. The Monthly Service Charge is invoiced monthly in arrears. The Customer shall pay each correct invoice within 20 days after receipt. No advance payment is due.

5.3 The Charges are fixed for the Service Term. Devices added or removed within a band of 8% of the baseline count do not change the Charges; beyond it the unit rates in Schedule 3 apply.

## 6. Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider may use it only to perform the Services and shall not use it for any other purpose, during or after the Service Term.

6.2 The Provider shall access the Customer's systems only with named accounts issued by the Customer, with multi-factor authentication and logging; shall keep Customer Data in mainland China; shall wipe or destroy storage media from returned devices with a verified method and record each serial number; and shall comply with the PRC Personal Information Protection Law and Data Security Law.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within six hours, contain it, support the investigation and compensate the Customer for losses caused by any incident attributable to the Provider or its personnel.

## 7. Intellectual Property

7.1 The Provider's ticketing tool and its standard knowledge base remain the Provider's property; the Customer may use them during the Service Term.

7.2 Runbooks, scripts, device images, knowledge articles and reports prepared for the Customer belong to the Customer, which may use, modify and license them freely, including with a successor provider.

## 8. Confidentiality

Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to personnel who need to know it and are bound by equivalent obligations. This Section survives for three years after the Agreement ends.

## 9. Subcontracting

The Provider may subcontract field support at any site, printer maintenance and device disposal to local service companies by giving the Customer written notice at least ten days before the subcontractor starts work. The Provider remains responsible for the performance of its subcontractors.

## 10. Governance and Personnel

10.1 Each party shall appoint a service manager. The service managers shall meet monthly to review the service report, open problems, planned changes and customer satisfaction results, and quarterly with the Customer's IT director to review the Service Levels, the device refresh plan and improvement proposals.

10.2 The Provider shall keep at least one field engineer based in each of the Customer's five largest hubs and shall cover the other sites within the resolution times in Schedule 2. The Provider shall give the Customer the names of its engineers and shall replace any engineer whom the Customer reasonably objects to.

10.3 The Provider's personnel shall follow the Customer's site rules, including warehouse traffic and safety rules, and shall carry the Customer's visitor or contractor badge at all times.

10.4 The Provider shall carry out a user satisfaction survey every quarter and share the results and its improvement actions with the Customer.

## 11. Liability

11.1 The Provider's total liability arising out of or in connection with this Agreement in aggregate is limited to the Charges paid by the Customer in the nine months preceding the event giving rise to the claim.

11.2 Neither party is liable for loss of profit or indirect loss. The limits in this Section do not apply to personal injury, wilful misconduct or breach of Section 6.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 20 days after written notice.

12.2 On expiry or termination the Provider shall support the transfer of the Services to the Customer or a successor for up to 60 days at the rates in Schedule 3, hand over all Customer Data, runbooks and the asset register, and return all Customer equipment.

## 13. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu.

## Schedule 1 — Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Calls, chat and tickets in Chinese and English; password resets; request fulfilment | 07:00–23:00 daily |
| End-user computing | Laptops, desktops, handheld scanners, label printers at 19 sites | Site operating hours |
| Account administration | Joiners, movers and leavers; mailbox and access changes | 08:00–20:00 working days |
| Asset management | Asset register, refresh, disposal with data wiping | Working days |
| Transition | Knowledge transfer, tool set-up, inventory, runbooks, parallel run | Before the Service Commencement Date |

## Schedule 2 — Service Levels

| Priority | Definition | Response | Resolution | Service credit per miss |
|---|---|---|---|---|
| Priority 1 | A warehouse or hub cannot scan, print labels or dispatch | 15 minutes | 3 hours | CNY 3,000 |
| Priority 2 | A group of users or a key device is affected | 1 hour | 8 hours | CNY 800 |
| Priority 3 | A single user is affected | 2 hours | 2 working days | CNY 200 |
| Service desk | Calls answered within 20 seconds | monthly, nine calls in ten | — | CNY 1,500 |

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Service Commencement | 92,000 |
| Monthly Service Charge | 36 months × CNY 68,000 | 2,448,000 |
| **Total Contract Value** | | **2,540,000** |
| Additional device beyond the band | per device per month | 9 |
| Exit support beyond the Service Term | per engineer day | 1,600 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
CROP AND WEATHER DATA API

Agreement No. OUB-API-2026-112

PARTIES

1.1 Oubangui Agro-Climate Analytics SARLU, a company registered in the Central African Republic, with its office at Avenue Boganda, Bangui, Central African Republic (the "Provider").

1.2 Qingdao Haifeng Agricultural Trading Co., Ltd., a company registered in the People's Republic of China, with its office in Shinan District, Qingdao, Shandong Province (the "Customer").

1.3 The Customer trades cassava, sesame, cotton and coffee sourced from growers in Central and West Africa. It wants daily crop-condition indices, rainfall estimates and harvest forecasts for its sourcing regions, delivered through an API into its trading and risk systems. The Provider compiles such data from satellite imagery, weather stations and field surveys.

DEFINITIONS

2.1 "API" means the Provider's application programming interface through which the Data is delivered, and its documentation.

2.2 "Data" means the crop-condition indices, rainfall estimates, soil-moisture estimates, harvest forecasts and related datasets listed in Annex A, for the 46 sourcing regions listed there.

2.3 "Subscription Year" means the period from the Activation Date to the day before its first anniversary, and each following period between two anniversaries of the Activation Date.

2.4 "Activation Date" means the date on which the Customer signs the integration acceptance certificate under clause 5.3.

2.5 "Customer Materials" means the Customer's own data that it uploads to the API, including its farm locations, grower lists, purchase volumes and field observations, and the queries it sends to the API.

SUBSCRIPTION

3.1 The Provider grants the Customer a non-exclusive, non-transferable right for the Subscription Term to access the API, to load the Data into its internal systems and to use the Data for its own trading, sourcing and risk management, including in reports shared with its banks and insurers.

3.2 The Subscription Term is two Subscription Years from the Activation Date.

3.3 The Customer may create up to 25 API keys and 40 named users of the Provider's web dashboard.

3.4 The Provider shall build for the Customer a connector that loads the Data into the Customer's trading system every day and a dashboard of its sourcing regions (the "Custom Connector"), as specified in Annex B.

FEES AND PAYMENT

4.1 The subscription fee is CNY 418,000 for each Subscription Year, that is CNY 836,000 for the Subscription Term. The one-time integration fee for the Custom Connector and onboarding is CNY 28,000. The total contract value is CNY 864,000, inclusive of VAT.

4.2 The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments at the end of each quarter of that Subscription Year. The integration fee is invoiced after the Activation Date. The Customer pays each invoice within 20 days after receipt. No payment is due before the Activation Date.

4.3 API calls above the monthly allowance in Annex A are charged at the overage rate stated there and invoiced quarterly.

INTEGRATION AND ACCEPTANCE

5.1 The Provider shall make the API, the Data and the Custom Connector available in the Customer's test environment within 45 days after signature.

5.2 Integration acceptance requires that: the Data for all 46 regions loads into the Customer's trading system without manual correction for ten consecutive business days; the historical series from 2016 onward are complete; the values in the Customer's system match the values in the Provider's dashboard for a sample of 200 data points chosen by the Customer; and the Custom Connector recovers automatically after a simulated interruption.

5.3 When the conditions in clause 5.2 are met the Customer shall sign an integration acceptance certificate within five business days. Use of the Data during testing is not acceptance.

5.4 If the Activation Date is delayed beyond the date in clause 5.1 plus 20 days for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of further delay.

SERVICE AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and to deliver each daily update of the Data on time.

6.2 The Provider will answer support requests sent to its support mailbox as promptly as it reasonably can during its business hours in Bangui, and will inform the Customer of known interruptions on its status page.

6.3 The Provider will publish release notes for each new version of the API and keep a changelog of the Data definitions available to the Customer.

6.4 The Provider may change the API, provided that it gives the Customer at least 60 days' notice of any change that is not backward compatible and keeps the previous version running during that period.

DATA QUALITY

7.1 The Provider shall compile the Data with professional skill and care, using the methods described in the documentation, and shall publish the accuracy statistics of its forecasts each quarter.

7.2 The Provider shall correct any error in the Data that the Customer reports and that is caused by the Provider's processing, and shall notify the Customer of any restatement of historical Data.

CUSTOMER MATERIALS AND SECURITY

8.1 Customer Materials belong to the Customer. The Provider may use them only to provide the API and the Custom Connector to the Customer and for no other purpose.

8.2 The Provider shall store Customer Materials encrypted, on servers in mainland China operated by its hosting partner named in Annex C, with access limited to named staff using multi-factor authentication, and shall comply with the PRC Data Security Law and Personal Information Protection Law where applicable.

8.3 The Provider shall notify the Customer of any security incident affecting Customer Materials within 24 hours, contain it, and compensate the Customer for the losses caused by any incident attributable to the Provider.

8.4 At the end of the Subscription Term the Provider shall return Customer Materials in a common format and then delete them and confirm the deletion in writing.

INTELLECTUAL PROPERTY

9.1 The Data, the API and the Provider's methods remain the property of the Provider and its licensors.

9.2 The Custom Connector, its source code and the Customer's dashboard configuration belong to the Customer, which may use, modify and license them freely.

CONFIDENTIALITY

10.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's sourcing regions and purchase volumes, and use it only for this Agreement. This clause survives for three years after the Agreement ends.

RENEWAL

11.1 At the end of the Subscription Term this Agreement renews automatically for successive renewal periods of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the end of the current period.

11.2 The Provider may increase the subscription fee for any renewal period by giving the Customer notice at least 60 days before that period starts. The increase shall not exceed 9% of the fee for the preceding Subscription Year.

SUBCONTRACTING

12.1 The Provider shall not subcontract any part of its obligations under this Agreement, other than the hosting services named in Annex C, without the Customer's prior written consent.

TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 20 days after notice.

13.2 If the Customer terminates under clause 13.1, the Provider shall refund any fees paid for the period after termination.

CUSTOMER OBLIGATIONS

14.1 The Customer shall keep its API keys secret, shall not share them outside its group and shall tell the Provider at once if it suspects that a key has been compromised.

14.2 The Customer shall not resell the Data, publish it in raw form or use it to build a competing data product. Charts and summaries in the Customer's internal reports and in reports to its banks, insurers and auditors are permitted.

14.3 The Customer shall provide a test environment, a technical contact and timely answers to the Provider's questions during integration.

FORCE MAJEURE

15.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as civil unrest, satellite outages or the failure of public networks, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Fees are reduced in proportion for any period in which the Data cannot be delivered because of such an event.

LIABILITY

16.1 Neither party is liable for indirect or consequential loss or loss of profit, including trading losses arising from decisions based on the Data.

GOVERNING LAW AND DISPUTES

17.1 This Agreement is governed by the laws of the People's Republic of China.

17.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing.

GENERAL

18.1 This Agreement, with Annex A (Data, regions and allowances), Annex B (Custom Connector) and Annex C (hosting partner), is the entire agreement between the parties.

18.2 Amendments must be in writing and signed by both parties.

Signed for the Provider: ______________________

Signed for the Customer: ______________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, format, source)
    "h761z01": ("h761z01_forestry_rights_registry_trading_platform.pdf", "pdf", Z01),
    "h761z02": ("h761z02_school_furniture_tube_welding_line_retrofit.docx", "docx", Z02),
    "h761z03": ("h761z03_karting_simracing_booking_membership_saas.txt", "txt", Z03),
    "h761z04": ("h761z04_fuel_station_online_monitoring_om_service.txt", "txt", Z04),
    "h761z05": ("h761z05_globe_factory_print_mount_tracking_supplier_template.md", "md", Z05),
    "h761e01": ("h761e01_timber_traceability_perpetual_licence_gabon_vendor.pdf", "pdf", E01),
    "h761e02": ("h761e02_field_service_saas_order_form_gabon_vendor.md", "md", E02),
    "h761e03": ("h761e03_cement_condition_monitoring_sensors_congo_vendor.docx", "docx", E03),
    "h761e04": ("h761e04_service_desk_managed_services_36_months_congo_vendor.md", "md", E04),
    "h761e05": ("h761e05_crop_weather_data_api_subscription_car_vendor.txt", "txt", E05),
}

# ---------------------------------------------------------------- labels
T, F, N = True, False, None
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# key: lang, category, value, terms in KEYS order, sla_clause, ld_stated, capped, deemed, fee base, design rules
D = {
 "h761z01": ("zh", "software", 2118000, [99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 24, 8, F, T, F, "PRC", "goods_or_licence"],
             T, T, T, F, 1080000, []),
 "h761z02": ("zh", "hardware", 1452000, [N, 1, T, "buyer", T, T, F, 0.02, N, 20, T, T, 24, 7, F, T, T, "PRC", "goods_or_licence"],
             T, T, T, F, 1286000, ["CR-CONFIDENTIALITY", "CR-LD-LOW", "CR-SUBCONTRACT"]),
 "h761z03": ("zh", "cloud", 732000, [99.5, 0.5, T, "buyer", T, F, T, 0.08, 150, N, T, N, N, N, F, T, F, "PRC", "service"],
             T, T, N, F, N, ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
 "h761z04": ("zh", "services", 586000, [99.95, 1, T, "buyer", F, T, T, 0.1, N, N, T, N, N, N, F, F, F, "PRC", "service"],
             T, T, N, F, N, ["CR-DATA-SECURITY", "CR-TERMINATION"]),
 "h761z05": ("zh", "software", 680000, [N, 8, F, "supplier", T, T, T, N, 20, 65, F, F, 6, 22, F, T, N, N, "goods_or_licence"],
             T, F, T, T, 548000, ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                                   "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                                   "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
 "h761e01": ("en", "software", 1624000, [N, 1, T, "buyer", T, T, T, 0.08, 150, 20, T, T, 18, 9, F, T, F, "Gabon", "goods_or_licence"],
             T, T, T, F, 1260000, ["CR-GOVERNING-LAW"]),
 "h761e02": ("en", "cloud", 636000, [99.95, 1, F, "buyer", T, T, T, 500 / 636000 * 100, 150, 350000 / 636000 * 100, T, N, N, N, F, T, F, "PRC", "service"],
             T, T, N, F, N, ["CR-PREPAYMENT", "CR-SLA-NO-REMEDY"]),
 "h761e03": ("en", "hardware", 1456000, [N, 0.5, T, "buyer", T, T, T, 0.1, 200, 10, T, T, 24, 8, F, T, F, "PRC", "goods_or_licence"],
             T, T, T, F, 1291600, []),
 "h761e04": ("en", "services", 2540000, [N, 0.25, T, "buyer", T, T, T, 2000 / 2540000 * 100, 9 / 36 * 100, N, T, N, N, N, F, T, T, "PRC", "service"],
             T, T, N, F, N, ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
 "h761e05": ("en", "cloud", 864000, [N, N, F, "buyer", T, T, T, 600 / 864000 * 100, N, N, T, N, N, N, T, T, F, "PRC", "service"],
             F, T, N, F, N, ["CR-AUTO-RENEWAL", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
}
RISK = {"h761z01": "low", "h761z02": "medium", "h761z03": "medium", "h761z04": "high", "h761z05": "high",
        "h761e01": "low", "h761e02": "medium", "h761e03": "low", "h761e04": "medium", "h761e05": "high"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
# policy thresholds (§3) and the TCO horizon (§4)
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_SHARE_TH, HORIZON = 40, 5


def tco_share(value, base, t):
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (value + fees) * 100


def derive(t, x, share):
    """My reading of policy §3 on a label."""
    r = set()
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped")
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):  # every forum in this set is in mainland China except e01's Libreville
        r.add("CR-GOVERNING-LAW")
    if share is not None and share > TCO_SHARE_TH:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


# ---------------------------------------------------------------- reading back
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


# threshold figures as stated in a text
PCT = r"(?:%|％|\s*percent|\s*per\s*cent)"
CN_DIG = "零一二三四五六七八九十"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"99\.90*(?!\d)",
    r"(?<![\d.])(?:30|15|40|100)(?:\.0+)?\s*" + PCT,
    r"百分之(?:三十|十五|四十|一百|百)(?![" + CN_DIG + "])",
    r"(?<![\d.])0?\.050*\s*" + PCT,
    r"万分之五(?![" + CN_DIG + "])",
    r"(?<![\d.])4(?:\.0+)?\s*(?:小时|h\b|hours?|hrs?\b)",
    r"(?<![十\d])四个?小时",
    r"\bfour[\s-]*hours?",
    r"(?<![\d.])12\s*个?月",
    r"(?<![\d.])12[\s-]*months?",
    r"twelve[\s-]*months?",
    r"十二个月",
    r"(?<![第每])一年",
    r"\bone[\s-]*year\b",
    r"(?<![\d.])1[\s-]*year\b",
]]
MUST_HIT = ["30%", "30 %", "百分之三十", "99.9%", "99.90", "4小时", "四小时", "4 hours", "four hours", "12个月",
            "十二个月", "one year", "one-year", "0.05%", "万分之五", "100%", "15 %", "40 percent", "twelve months",
            "12 months", "百分之百", "百分之十五", "4h"]
MUST_MISS = ["130%", "99.95%", "99.98", "24小时", "二十四小时", "0.055%", "万分之八", "百分之三十五", "12 hours",
             "第一年", "14 hours", "20%", "150%", "115%", "24 hours", "8小时", "120 named users", "one Subscription Year",
             "0.08%", "45%"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
        for rx in THRESHOLD_RES:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def main():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    srcs = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    tgts = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(srcs, tgts, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, fmt, src) in FILES.items():
        lang, cat, value, vals, sla, ld, capped, deemed, base, design = D[k]
        t = dict(zip(KEYS, vals))
        x = {"sla_clause": sla, "ld_stated": ld}
        if t["contract_kind"] == "goods_or_licence":
            x["post_warranty_fee_capped"] = capped
        x["acceptance_deemed_on_delivery"] = deemed
        x["contract_value"] = value
        share = tco_share(value, base, t)
        rules = derive(t, x, share)
        if rules != sorted(design):
            problems.append((k, "rules", rules, design))
        sev = {"high" if r in HIGH else "low" if r in LOW else "medium" for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        if risk != RISK[k]:
            problems.append((k, "risk", risk, RISK[k]))
        covered |= set(rules)
        for key, th in TH.items():
            if t[key] is not None and abs(t[key] - th) < 1e-9:
                problems.append((k, "value on threshold", key))
        if share is not None and abs(share - TCO_SHARE_TH) <= 2:
            problems.append((k, "TCO share near threshold", share))
        text = read_back(OUT / name, fmt)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append((k, "length", n))
        h = hits(text)
        if h:
            problems.append((k, "threshold figure", h))
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'}, rules {rules or '(none)'}, risk {risk}"
              + (f", TCO share {share:.1f} %" if share is not None else ""))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
    if covered != set(ALL_RULES):
        problems.append(("coverage", sorted(set(ALL_RULES) - covered)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")


if __name__ == "__main__":
    main()
