"""holdout441 — blind held-out set of ten ORDINARY draft contracts (written before any run).

Builds the ten files of this folder from the sources below (.txt/.md written as is, .docx/.pdf through ../word_pdf.py
with wrap_words=True), reads every built file back, checks the text lengths (Chinese 2,750-3,000 characters, English
1,450-1,650 words), scans every read-back text and every source (raw, whitespace-collapsed, whitespace-free) for figures
that equal a rule threshold, writes the .json labels, derives each draft's expected rules from its labels by my own
reading of policy.md section 3, checks them against the design list and asserts that all 20 CR rules fire in the set.
Run: /work/main/.venv/bin/python -B make_files.py
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:临江市药品和医用耗材集中采购平台建设项目合同
P:合同编号：LJYB-ZFCG-2025-017　采购方式：公开招标（政府采购）
P:甲方（采购人）：临江市医疗保障局
P:乙方（供应商）：杭州联衡信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就临江市药品和医用耗材集中采购平台（以下简称“平台”）的软件许可与定制开发事宜订立本合同。招标文件、投标文件、中标通知书均为本合同的组成部分。
H:第一条 项目内容与合同价款
P:1.1 乙方向甲方提供平台软件永久使用许可，并完成挂网采购、带量采购执行监测、议价谈判、医疗机构结算对账四个定制模块的开发，以及历史挂网数据迁移、部署实施与培训。
P:1.2 合同价款明细：（1）平台软件许可费 1,280,000 元；（2）定制开发费 1,046,000 元；（3）数据迁移费 138,000 元；（4）部署实施费 96,000 元；（5）培训费 40,000 元。合同总价为人民币 2,600,000 元（大写：贰佰陆拾万元整），含税，为固定总价。
H:第二条 付款方式
P:2.1 合同签订后 15 个工作日内，乙方提交等额预付款保函，甲方支付合同总价的 20%，即 520,000 元，作为预付款。
P:2.2 平台上线并经甲方组织初步验收合格后，甲方支付合同总价的 45%，即 1,170,000 元。
P:2.3 平台试运行期满并经最终验收合格后，甲方支付合同总价的 35%，即 910,000 元。
P:2.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政国库集中支付程序付款，因财政资金拨付流程产生的合理延迟不视为甲方违约，但甲方应及时告知乙方。
H:第三条 实施进度
P:3.1 乙方应在合同签订后 90 日内完成部署与定制开发并具备上线条件，上线后进入 60 日试运行期。
P:3.2 乙方应按周报送项目进度，重大风险应在 2 个工作日内书面报告甲方。
P:3.3 乙方应组建不少于 8 人的项目团队，其中项目经理须具备信息系统项目管理师资格并常驻临江；未经甲方同意，乙方不得更换项目经理和技术负责人。
P:3.4 乙方应负责与省级医保信息平台、医疗机构 HIS 系统及医药企业申报端的接口联调，接口规范以甲方书面确认的版本为准。
P:3.5 培训：乙方应为甲方工作人员、医疗机构和医药企业操作人员分批开展培训，总计不少于 12 场次，并提供培训教材和操作视频。
H:第四条 验收
P:4.1 初步验收标准：定制模块全部功能与招标文件功能清单逐项一致；在 2,000 个并发用户下，常用页面响应时间不超过 3 秒；历史挂网数据迁移核对无差错；平台通过第三方网络安全等级保护三级测评及商用密码应用安全性评估。
P:4.2 最终验收标准：试运行期内未发生一级故障，二级故障均已在约定时限内处理完毕，试运行报告、用户手册、运维手册及全部源代码已经交付。
P:4.3 甲方应在乙方提交验收申请后 10 个工作日内组织验收并出具书面验收报告。平台上线、试运行或甲方的实际使用均不视为验收合格。
H:第五条 质量保证与售后服务
P:5.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:5.2 服务水平：质保期内平台月度可用率不低于 99.95%。一级故障（平台整体不可用或挂网、结算功能中断）乙方应在 30 分钟内响应，2 小时内恢复；二级故障 2 小时内响应，8 小时内解决。
P:5.3 一级故障每超过约定响应或恢复时限 1 小时，扣减乙方履约保证金 1,000 元；月度可用率每低于约定值 0.01 个百分点，扣减 3,000 元。
P:5.4 质保期满后，如甲方需要乙方继续提供运维服务，年度运维费不超过平台软件许可费的 9%，即每服务年度不超过 115,200 元，该价格在质保期满后的三个服务年度内不上调。运维服务另行签订合同，不自动续期。
P:5.5 质保期内，国家或省级医保部门调整药品挂网、带量采购或结算政策的，乙方应在甲方书面通知后 20 个工作日内免费完成相应功能调整，但涉及新增业务模块的除外。
H:第六条 知识产权
P:6.1 乙方为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再许可。
P:6.2 平台标准软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
H:第七条 数据安全
P:7.1 平台内的医保结算数据、医药企业及医疗机构信息等全部数据属于甲方，乙方仅可为履行本合同处理，不得用于任何其他目的。
P:7.2 平台部署于市政务云，乙方运维人员须经甲方审批并通过堡垒机访问，不得复制、导出或留存数据，并遵守《数据安全法》《个人信息保护法》及等级保护要求。
P:7.3 发生数据泄露或安全事件的，乙方应在 2 小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚后果。
P:7.4 合同终止或运维服务结束时，乙方应向甲方移交全部数据及文档，并删除其可能接触到的数据副本，出具书面删除确认。
H:第八条 保密
P:乙方对履行合同中知悉的甲方工作秘密、数据及技术资料负有保密义务，不得向第三方披露。本条在合同终止后继续有效。
H:第九条 违约责任
P:9.1 乙方逾期完成上线或验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:9.2 乙方项目经理未经甲方同意擅自更换或长期不在岗的，甲方有权要求乙方限期改正，并可从履约保证金中扣减相应费用。
P:9.3 乙方交付成果不符合约定的，应在甲方指定期限内免费整改；整改后仍不合格的，甲方有权解除合同。
H:第十条 分包
P:乙方不得将本项目分包或转包给任何第三方。
H:第十一条 合同解除
P:乙方严重违约，经甲方书面催告后 15 日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
H:第十二条 履约保证金与不可抗力
P:12.1 乙方应在合同签订前提交合同总价 5% 的履约保证金，最终验收合格且无违约扣款后 30 日内无息退还。
P:12.2 因不可抗力不能履行合同的，受影响方应及时通知对方并在 15 日内提供证明，双方协商延期或解除合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 双方的通知应以书面形式送达本合同载明的地址，变更地址的应提前 5 个工作日通知对方。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:14.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市医疗保障局　　乙方（盖章）：杭州联衡信息技术有限公司
P:签订日期：2025年8月12日
"""

Z02 = """T:UHT 灭菌线控制系统改造及维保合同
P:合同编号：SBRY-SB-2025-063
P:甲方（买方）：塞北乳业股份有限公司
P:乙方（卖方）：上海析控自动化工程有限公司
P:鉴于甲方第二工厂两条 UHT 超高温灭菌生产线的原控制系统已运行多年、备件停产，甲方决定对其进行改造。乙方具备相应的工业自动化集成能力。双方经协商一致，订立本合同。
H:一、改造范围
P:（一）更换两条灭菌线的 PLC 控制柜、HMI 触摸屏及工控机，更新温度、压力、流量仪表，部署 SCADA 监控及批次记录软件。
P:（二）重新开发灭菌、冷却、CIP 清洗的控制程序和配方，实现与甲方 MES 系统的数据对接。
P:（三）完成安装调试、安装确认、运行确认和性能确认（3Q 验证）及操作培训。
P:（四）甲方负责提供停产窗口、现场电源和压缩空气接口、原系统图纸和工艺参数，并指定项目联系人协调生产部、质量部和设备部的配合事项。
H:二、合同价款
P:（一）合同总价为人民币 1,290,000 元（大写：壹佰贰拾玖万元整），含 13% 增值税、运输、保险及安装费用，明细见下表。
TB:序号|项目|数量|金额（元）
TB:1|PLC 控制柜改造（含 I/O 模块）|2 套|486,000
TB:2|HMI 触摸屏及工控机|4 台|128,000
TB:3|温度、压力、流量仪表|62 台|214,000
TB:4|SCADA 及批次记录软件许可（永久）|1 套|176,000
TB:—|软硬件小计||1,004,000
TB:5|控制程序开发及 CIP 配方定制|1 项|162,000
TB:6|安装调试|1 项|88,000
TB:7|3Q 验证及培训|1 项|36,000
TB:—|合同总价||1,290,000
P:（二）上述价格为固定价格，除甲方书面变更改造范围外不作调整。设备须为原厂全新产品，乙方应随货提供合格证、原厂质保证明和装箱清单，仪表应附有效的计量校准证书。
H:三、付款方式
P:（一）合同生效后 10 个工作日内，甲方支付合同总价的 20% 作为预付款，即 258,000 元。
P:（二）设备全部到货并经甲方清点签收后，甲方支付合同总价的 35%，即 451,500 元。到货签收不代表质量验收。
P:（三）最终验收合格后，甲方支付合同总价的 42%，即 541,800 元。
P:（四）剩余 3% 即 38,700 元作为质量保证金，质保期满且无质量问题后 15 个工作日内无息支付。
H:四、工期
P:（一）乙方应在合同生效后 75 日内完成全部设备到货，并利用甲方安排的两次计划停产窗口分线完成切换，每次停产不超过 6 日。
P:（二）切换方案须提前 10 日经甲方生产部、质量部书面确认。
P:（三）乙方应在每次切换完成后 24 小时内提交切换记录，包括程序版本、参数清单和回退方案执行情况。切换失败的，乙方应立即按回退方案恢复原系统，保证甲方按计划恢复生产。
H:五、现场安全与食品安全
P:（一）乙方人员进入甲方厂区须遵守甲方的安全生产、食品安全和卫生管理制度，进入洁净区应按要求更衣、消毒，严禁携带玻璃制品和易碎物品。
P:（二）乙方动火、登高、带电作业须办理作业许可，乙方对其人员的人身安全负责。
H:六、验收
P:（一）验收标准：灭菌温度控制在 137℃±0.5℃ 且保持时间不少于 3 秒；批次记录完整、不可篡改并可追溯；CIP 清洗各步骤的温度、浓度、时间符合配方；与 MES 系统的数据对接准确无误；3Q 验证文件经甲方质量部批准；两条线分别连续生产 72 小时无停机故障。
P:（二）验收由甲方设备部牵头，生产部、质量部共同参加，乙方应派项目经理和主要工程师到场配合。甲方应在乙方书面提交验收申请后 7 个工作日内组织验收，出具书面验收报告。设备安装完毕、投入试生产或甲方付款，均不视为验收合格。
P:（三）验收不合格的，乙方应在 15 日内整改并重新申请验收，由此产生的费用由乙方承担。
H:七、质保与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件质量原因出现的故障，乙方负责免费维修或更换。
P:（二）质保期内，甲方报修后，乙方应及时响应，尽快安排工程师处理，并定期派员巡检。
P:（三）质保期内乙方应在甲方现场储备关键备品备件，包括 CPU 模块、电源模块和常用 I/O 模块各一套，使用后及时补充。
P:（四）质保期满后，甲方可委托乙方提供维保服务，维保费按软硬件小计的 8% 每年计取，即每年 80,320 元，质保期满后三年内价格固定不变。维保合同逐年签订，不自动续期。
H:八、知识产权
P:（一）乙方为本项目开发的控制程序、配方、HMI 画面及接口程序的知识产权归甲方所有，乙方应交付全部源程序和组态工程文件，甲方可自行修改和使用。
P:（二）PLC 固件和 SCADA 标准软件的知识产权归原厂所有，甲方获得永久使用许可。
H:九、数据与网络安全
P:（一）控制系统中的配方、工艺参数、批次记录等生产数据属于甲方，乙方不得复制、带离或用于本合同以外的任何目的。
P:（二）乙方远程维护须事先经甲方书面批准，通过甲方提供的 VPN 和堡垒机进行并全程记录；乙方应对接入设备进行病毒查杀，不得在控制网络中使用未经批准的移动存储介质。
P:（三）发生数据泄露或网络安全事件的，乙方应在 2 小时内通知甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:十、保密
P:双方对在合同履行中获知的对方商业秘密、工艺配方和技术资料负有保密义务，未经对方书面同意不得向第三方披露，本义务在合同终止后三年内继续有效。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成切换的，应继续履行，并赔偿甲方因此遭受的实际损失，包括停产损失。
P:（二）乙方提供的设备或软件不符合约定的，甲方有权要求更换、修理，并要求乙方赔偿由此造成的损失。
P:（三）甲方逾期付款的，应继续支付并承担由此给乙方造成的合理损失。
H:十二、分包
P:乙方不得转包本合同。现场布线等辅助工作如需分包，须事先取得甲方书面同意，乙方对分包方的工作承担全部责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面通知后 15 日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，提交呼和浩特仲裁委员会仲裁。
H:十五、培训与资料
P:（一）乙方应为甲方操作、工艺、设备维修人员分别提供现场培训，每类人员培训不少于 2 天，并提供中文操作手册、维修手册和电气图纸。
P:（二）乙方应在最终验收前交付全部技术资料的纸质版和电子版，资料不全的，不予最终验收。
H:十六、其他
P:（一）本合同附件包括技术规格书、切换方案、3Q 验证方案和设备清单，附件与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：塞北乳业股份有限公司　　乙方（盖章）：上海析控自动化工程有限公司
P:日期：2025年7月28日
"""

Z03 = """瑜伽馆连锁门店约课及会员管理系统服务合同

合同编号：YH-IT-2025-0408

甲方（客户）：上海悦衡瑜伽健身管理有限公司
地址：上海市徐汇区漕溪北路 398 号
乙方（服务商）：杭州约动科技有限公司
地址：杭州市余杭区文一西路 1218 号

鉴于甲方在上海、苏州、杭州经营 15 家瑜伽门店，需要统一的线上约课、会员卡管理和门店核销系统；乙方运营“约动”SaaS 平台并提供实施服务。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方向甲方 15 家门店开通“约动”SaaS 平台专业版，包括团课和私教约课、会员卡及课时管理、门店签到核销、教练排课、营销活动和经营报表功能，以及甲方品牌微信小程序。
1.2 实施服务包括：原会员系统中会员档案、会员卡余额和剩余课时的迁移，小程序页面按甲方品牌规范定制配置，门店员工和教练的培训。
1.3 服务期为两个服务年度，自 2025 年 9 月 1 日起至 2027 年 8 月 31 日止。
1.4 服务期内，乙方免费提供平台的功能升级、安全补丁和在线客服支持（每日 8 点至 22 点），并为甲方指定一名客户成功经理，每季度与甲方回顾一次系统使用情况。

2. 服务费用
2.1 订阅费：每家门店每服务年度 9,600 元，15 家门店每服务年度 144,000 元，两个服务年度合计 288,000 元。
2.2 实施费：数据迁移 36,000 元，小程序定制配置 28,000 元，培训 8,000 元，合计 72,000 元。
2.3 合同总价为人民币 360,000 元，含 6% 增值税。甲方在服务期内新增门店的，按每店每服务年度 9,600 元按月折算增加订阅费。
2.4 乙方应开具增值税专用发票，发票抬头、税号以甲方书面提供的信息为准。除本合同约定外，乙方不得以任何名义另行收取费用。

3. 付款方式
3.1 本合同签订后甲方无需预付任何款项。
3.2 订阅费自上线验收合格之日起按季度计收，乙方于每季度首月 10 日前开具发票，甲方收到发票后 15 个工作日内支付当季订阅费。
3.3 实施费在上线验收合格后 15 个工作日内一次性支付。

4. 实施与上线验收
4.1 乙方应在合同签订后 30 日内完成数据迁移、小程序配置和培训，具备上线条件。
4.2 上线验收标准：迁移后会员人数、会员卡余额、剩余课时与甲方原系统导出数据逐条核对一致，差异为零；15 家门店约课、取消、签到、核销全流程测试通过；高峰时段小程序页面打开时间不超过 2 秒；甲方确认的定制配置清单全部完成。
4.3 甲方应在乙方提交验收申请后 5 个工作日内完成测试并书面确认。系统开通、门店试用或甲方付款均不视为上线验收合格。
4.4 乙方逾期完成上线验收的，每逾期一日按合同总价的万分之八向甲方支付违约金。
4.5 培训对象包括 15 家门店的店长、前台和教练以及总部运营人员，乙方应分城市开展现场培训各不少于 1 次，并提供操作视频和常见问题手册。

5. 服务水平
5.1 平台月度可用率不低于 99.5%，计划内维护应在每日 0 点至 6 点之间进行并提前 48 小时通知甲方。
5.2 一级故障（平台或小程序整体无法访问、无法约课或核销）乙方应在 30 分钟内响应，2 小时内恢复；二级故障（部分功能异常）2 小时内响应，1 个工作日内解决。
5.3 月度可用率低于 99.5% 但不低于 99% 的，乙方按当月订阅费的 5% 抵扣；低于 99% 的，按当月订阅费的 10% 抵扣。一级故障每超过恢复时限 1 小时，另抵扣 500 元。
5.4 乙方应每月 5 日前向甲方提交上月服务报告，载明可用率、故障清单、处理时长和抵扣金额，抵扣金额从下一季度订阅费中扣除。

6. 数据安全与数据归属
6.1 甲方会员的个人信息、会员卡和消费记录、约课记录等全部数据属于甲方，乙方仅为向甲方提供本合同服务而处理，不得用于营销、画像、模型训练或其他任何目的，不得向第三方提供。
6.2 乙方平台部署于境内云服务器，已通过网络安全等级保护三级测评，应对个人信息加密存储和传输，实行最小权限访问和操作日志审计。
6.3 发生数据泄露、篡改或丢失的，乙方应在 24 小时内通知甲方，立即采取补救措施，并承担因其原因给甲方及会员造成的全部损失。
6.4 服务终止后 30 日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除，出具删除证明。
6.5 乙方对门店前台终端和扫码设备的接入进行身份认证，甲方员工离职时乙方应配合在 1 个工作日内停用其账号。乙方员工访问甲方数据须经审批并留存操作记录，甲方可每服务年度对乙方的数据安全措施进行一次检查。

7. 保密
双方对在合作中知悉的对方商业信息、经营数据和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后继续有效。

8. 知识产权
8.1 “约动”平台及其标准功能的知识产权归乙方所有。
8.2 乙方为甲方定制的小程序页面、品牌素材和配置方案归甲方所有，甲方可自由使用、修改或交由其他服务商使用。

9. 分包
乙方可将短信通知、支付通道对接及部分现场实施工作委托第三方完成，但应提前书面通知甲方，并对第三方的工作承担责任。

10. 续期
10.1 服务期届满前 30 日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。
10.2 续期时，乙方有权根据其届时的价格体系调整订阅费，但上调幅度不超过上一服务年度订阅费的 8%。

11. 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的 150% 为限，但因数据泄露、故意或重大过失造成的损失不受此限。

12. 合同解除
12.1 一方严重违约，经对方书面催告后 15 日内未纠正的，守约方有权解除合同。
12.2 乙方未按约定完成上线验收，逾期超过 30 日的，甲方有权解除合同，乙方应退还甲方已付的全部款项。
12.3 连续两个月月度可用率低于 99% 的，甲方有权解除合同，乙方应退还已付未使用的订阅费。

13. 甲方义务
13.1 甲方应指定项目联系人，按时提供原系统数据导出文件、品牌规范和门店信息，并对迁移结果及时核对确认。
13.2 甲方应妥善保管平台管理员账号和密码，因甲方原因泄露账号造成的损失由甲方自行承担。

14. 不可抗力
因不可抗力或基础电信运营商大范围故障导致服务中断的，受影响方应及时通知对方，相应时间不计入不可用时间，但乙方应尽力恢复服务。

15. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同引起的争议，提交上海仲裁委员会仲裁。

16. 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海悦衡瑜伽健身管理有限公司
乙方（盖章）：杭州约动科技有限公司
签订日期：2025 年 8 月 6 日
"""

Z04 = """皖东高速公路集团有限公司
收费系统 2025—2026 服务年度运维服务合同

项目编号：WDGS-CS-2025-029（竞争性磋商）
甲方（采购人）：皖东高速公路集团有限公司
乙方（成交供应商）：南京通衢智能交通工程有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方所辖路段收费系统运维服务订立本合同。磋商文件、响应文件及成交通知书为本合同组成部分。

（1）服务范围
乙方负责甲方所辖 6 条高速公路路段的收费系统运维，包括 46 套 ETC 门架系统、38 个收费站的 MTC/ETC 混合车道与自助发卡设备、收费站及路段分中心的收费服务器、网络和安全设备、收费软件，以及收费站驻场值守、日常巡检、故障处理、备品备件供应和节假日应急保障。

（2）服务期限
服务期为 2025 年 9 月 1 日至 2026 年 8 月 31 日。服务期满本合同自动终止，后续运维服务由甲方另行组织采购。

（3）合同价款
合同总价为人民币 2,180,000 元，为包干价，明细如下：
① 驻场运维服务（路段分中心及重点收费站驻场）：864,000 元；
② ETC 门架系统运维（46 套）：552,000 元；
③ 收费车道设备运维（38 个收费站）：494,000 元；
④ 备品备件包干：210,000 元；
⑤ 节假日及恶劣天气应急保障：60,000 元。

（4）付款方式
服务费按季度支付。每季度结束后，甲方按本合同第（7）项完成季度考核，并在收到乙方发票后 20 个工作日内支付当季服务费 545,000 元，扣除考核扣款后据实结算。甲方不预付任何款项。
乙方应开具增值税专用发票，因发票不合格导致付款延迟的，甲方不承担责任。

（5）进场接管
① 乙方应在服务期开始前 10 日内完成人员进场、设备台账核对和运维工具部署，并与前一服务商办理交接。
② 接管验收标准：设备台账与现场逐一核对一致；全部门架和车道设备状态巡检完毕并形成初始状态报告；驻场人员资质和数量符合响应文件；应急预案经甲方审定。甲方在乙方提交申请后 5 个工作日内组织接管验收并出具书面意见。
③ 乙方应配备项目经理 1 名、路段分中心驻场工程师 6 名、收费站巡回工程师 10 名，其中持有网络安全或机电专业证书的人员不少于 5 名。未经甲方书面同意，乙方不得更换项目经理，更换其他人员须提前 7 日报甲方备案。

（6）服务水平
① 一级故障（单个门架整体失效、收费站全部车道无法收费或路段分中心收费数据中断）：乙方应在 15 分钟内响应，1 小时内到达现场，3 小时内恢复。
② 二级故障（单条车道或门架单套设备失效）：30 分钟内响应，2 小时内到场，8 小时内恢复。
③ ETC 门架系统月度可用率不低于 99.95%，交易成功率和计费准确性按行业主管部门要求执行。
④ 乙方每月对全部门架和车道设备巡检一次，每季度进行一次防雷和供电系统检查。
⑤ 备品备件：乙方应在每个路段分中心储备门架天线、车道控制器、车牌识别相机、自助发卡机等关键备件，备件数量不少于在用数量的 3%，更换下的故障件由乙方负责维修，所有权不变。
⑥ 应急保障：春节、清明、劳动节、国庆等节假日免费通行期间及雨雪冰冻等恶劣天气期间，乙方应在重点收费站增派人员 24 小时值守，并提前 7 日提交保障方案。

（7）考核与扣款
① 一级故障每超过响应、到场或恢复时限 1 小时，扣减当季服务费 2,000 元；二级故障每超时 1 小时扣减 500 元。
② 门架系统月度可用率每低于约定值 0.01 个百分点，扣减当季服务费 3,000 元。
③ 每季度考核得分低于 85 分的，每低 1 分扣减当季服务费 1,000 元。
④ 年度终验：服务期满后 15 日内，甲方根据四个季度考核结果、设备完好率和资料移交情况进行年度终验。
⑤ 乙方应于每月 5 日前提交上月运维报告，载明故障清单、处理时长、巡检结果、备件消耗和系统运行分析；每季度末提交季度总结，作为季度考核的依据。
⑥ 连续两个季度考核得分低于 80 分的，甲方有权约谈乙方负责人，乙方应在 10 日内提交整改方案并更换不称职人员。

（8）违约责任
① 乙方未按期完成进场接管或年度系统检修的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
② 乙方因运维不当造成设备损坏或收费损失的，应予赔偿。

（9）合同的履行与解除
鉴于收费系统运维的连续性，合同履行期间甲乙双方均不得单方解除本合同。乙方违约的，甲方可按本合同第（7）项、第（8）项扣减服务费或要求乙方支付违约金，并要求乙方限期整改，但不得以此为由解除合同。

（10）数据安全
① 收费交易数据、车辆通行数据、车牌及 ETC 用户信息等全部数据属于甲方，乙方不得复制、留存、对外提供或用于本合同以外的任何目的。
② 乙方人员只能通过甲方收费专网内的堡垒机进行运维操作，严禁在收费网络中接入互联网或使用未经检测的移动存储介质；乙方应遵守网络安全等级保护和关键信息基础设施保护的相关规定。
③ 发生数据泄露、网络攻击或其他安全事件的，乙方应在 1 小时内向甲方报告并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

（11）保密
乙方对履行本合同中知悉的收费数据、网络拓扑、系统口令和甲方内部资料负有保密义务，不得向任何第三方披露。本义务在合同终止后继续有效。

（12）知识产权
乙方在服务期内形成的运维文档、巡检报告、脚本和配置文件归甲方所有，甲方可自由使用和修改，并可交由后续服务商使用。乙方为适应收费政策或费率调整而对收费软件进行的参数配置和补丁程序，其成果同样归甲方所有，乙方应在实施后 5 个工作日内提交源文件和变更说明。

（13）分包
乙方不得将本合同项下的服务分包或转包给任何第三方。

（14）法律适用与争议解决
本合同适用中华人民共和国法律。双方发生争议协商不成的，向甲方所在地人民法院提起诉讼。

（15）服务期满交接
服务期满或合同终止时，乙方应在 15 日内向甲方或甲方指定的后续服务商移交设备台账、运维记录、配置文件、口令和全部技术资料，并配合完成交接验收；交接完成前乙方应继续保障系统运行。

（16）安全生产与不可抗力
① 乙方人员上路作业须遵守高速公路养护作业安全规程，设置安全警示标志，乙方对其人员的人身安全负责。
② 因不可抗力导致服务中断的，受影响方应及时通知对方，相应期间的考核按实际情况予以调整。

（17）其他
本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：皖东高速公路集团有限公司
乙方（盖章）：南京通衢智能交通工程有限公司
日期：2025 年 8 月 20 日
"""

Z05 = """# 能源管理平台软件许可及定制开发合同

> 能衡标准合同文本 V4.0（乙方范本）

合同编号：NH-2025-HB-0317

- 甲方（用户）：汉味卤鸭食品（武汉）有限公司
- 乙方（供应商）：深圳能衡物联科技有限公司

甲方为实现卤制、包装、冷库等车间的电、水、蒸汽、天然气分项计量与能耗分析，向乙方采购能源管理平台软件许可及定制开发服务。双方经协商一致，签订本合同。

## 第一条 合同标的与价款

1.1 乙方向甲方提供能衡能源管理平台软件永久许可及 180 个计量点接入授权，并按甲方需求进行定制开发和部署实施。

1.2 价款明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 能源管理平台软件许可（永久） | 1 套 | 520,000 |
| 2 | 计量点接入授权 | 180 点 | 108,000 |
| | 软件许可小计 | | 628,000 |
| 3 | 定制开发（车间能耗报表、蒸汽及冷库能耗分摊模型、MES 接口） | 1 项 | 164,000 |
| 4 | 部署实施 | 1 项 | 38,000 |
| | 合同总价 | | 830,000 |

1.3 合同总价为人民币 830,000 元，含 6% 增值税。计量表具及采集网关由甲方另行采购，不在本合同范围内。

1.4 平台包括实时监测、分项计量、能耗统计、能效指标、异常告警、峰谷用电分析和碳排放核算七个标准模块，定制开发内容包括卤制、包装、冷库三个车间的能耗日报和月报、蒸汽及冷库能耗按产线分摊模型，以及与甲方 MES 系统的产量数据接口。

## 第二条 付款方式

2.1 本合同签订后 5 个工作日内，甲方支付合同总价的 50%，即 415,000 元。

2.2 平台上线运行后 5 个工作日内，甲方支付合同总价的 50%，即 415,000 元。

2.3 甲方逾期付款的，乙方有权暂停实施及服务，工期相应顺延。

## 第三条 实施与上线

3.1 乙方在收到首期款后 60 日内完成平台部署、计量点接入和定制开发，具备上线条件。

3.2 甲方应按乙方要求提供计量点清单、网络环境、服务器和 MES 接口文档，因甲方原因导致延误的，工期顺延。

3.3 乙方逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的 3%。

3.4 定制开发内容以双方确认的需求说明书为准。需求说明书确认后，甲方提出新增或变更需求的，乙方另行报价，工期相应顺延。

3.5 乙方为甲方能源管理员和车间主管提供一次集中培训，培训时长 2 天，并提供电子版用户手册。

## 第四条 验收

4.1 平台部署完成并上线运行后，即视为甲方验收合格。

4.2 甲方在上线后对平台功能有异议的，应在 5 日内书面提出，乙方将视情况予以优化。

4.3 上线后甲方提出的优化意见，不影响本合同第二条第 2.2 款的付款，也不影响验收结论。

## 第五条 免费维护

5.1 乙方自平台上线之日起提供六个月的免费维护，包括缺陷修复、远程技术支持和版本补丁。

5.2 免费维护期内，一级故障（平台无法登录或数据采集全部中断）乙方在工作时间内 8 小时内响应，其他故障 2 个工作日内响应。乙方将尽力排除故障，但不保证恢复时间。

5.3 因故障或服务响应延误给甲方造成的损失，乙方不承担扣款、赔偿或违约金责任。

5.4 远程技术支持的服务时间为工作日 9:00 至 18:00，节假日及非工作时间的支持需求，乙方视人员安排提供。

5.5 因甲方计量表具、采集网关、网络或服务器故障导致的平台异常，不属于乙方免费维护范围，乙方可另行收费处理。

## 第六条 维保服务

6.1 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为软件许可小计的 25%，即每年 157,000 元，在服务年度开始前一次性支付。

6.2 年度维保服务包括版本升级、远程支持和每年一次现场巡检。维保服务按服务年度另行签订，不自动续期。

6.3 甲方逾期支付维保费的，乙方有权暂停维保服务；暂停期间发生的故障，乙方不承担处理义务。

## 第七条 知识产权

7.1 平台软件及乙方为本项目定制开发的报表、能耗分摊模型、MES 接口程序及其源代码的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反向工程或向第三方提供。

## 第八条 数据

8.1 平台采集的甲方能耗数据及生产数据归甲方所有。

8.2 甲方同意，乙方可对甲方数据进行脱敏和汇总处理后用于行业能效对标、产品改进和算法优化，并可向乙方的合作伙伴提供汇总后的对标结果，该项权利在合同终止后继续有效。

8.3 乙方对平台采取数据加密、访问控制和日志审计措施。因乙方原因发生数据泄露的，乙方应在 24 小时内通知甲方，并承担相应的赔偿责任。

8.4 平台部署于甲方机房服务器，乙方工程师经甲方授权后可通过远程方式登录维护，甲方应为此开通必要的网络访问权限。

## 第九条 保密

双方对在合同履行中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

9.1 前款保密义务不适用于已公开的信息或依法须披露的信息。

9.2 乙方可在其宣传材料、官网和投标文件中将甲方列为客户案例，但不得披露甲方的具体能耗数据。

## 第十条 责任限制

10.1 乙方在本合同项下的全部责任（包括违约金及赔偿）累计不超过合同总价的 20%。

10.2 任何一方均不对对方的间接损失、利润损失或生产停顿损失承担责任。

10.3 因计量数据偏差导致的能源费用结算争议，由甲方与能源供应单位自行处理，乙方不承担责任。

## 第十一条 合同解除

任何一方严重违约，经对方书面催告后 15 日内仍未纠正的，守约方有权解除本合同。

## 第十二条 不可抗力

因地震、火灾、疫情、政府行为、电力或通信中断等不可抗力导致不能履行合同的，受影响方不承担责任，但应及时通知对方并在 15 日内提供证明。不可抗力持续超过 60 日的，双方可协商解除合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

14.2 本合同为乙方标准文本，双方另有约定的，以补充协议为准。

甲方（盖章）：汉味卤鸭食品（武汉）有限公司

乙方（盖章）：深圳能衡物联科技有限公司

签订日期：2025 年 9 月 3 日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TPS-CN-2025-044
P:This Software Licence and Services Agreement (the "Agreement") is made on 18 August 2025 between:
P:(1) Tsubaki Planning Systems Co., Ltd., a company incorporated in Japan with its registered office at 3-14-7 Meieki, Nakamura-ku, Nagoya, Aichi, Japan (the "Vendor"); and
P:(2) Foshan Hengtai Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 88 Nanzhuang Avenue, Chancheng District, Foshan, Guangdong (the "Customer").
P:Background: The Customer manufactures floor and wall tiles on six kiln lines and wishes to plan production with the Vendor's TsubakiAPS advanced planning and scheduling software. The Vendor has agreed to grant perpetual licences and to implement the software on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means TsubakiAPS version 9 in object code, its documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP and MES interfaces, planning rules, report templates and configurations made by the Vendor for the Customer under this Agreement, including their source code.
P:1.3 "Go-Live" means the first day on which the Customer issues its weekly production plan from the Software.
P:1.4 "Final Acceptance" means the Customer's signature of the Final Acceptance Certificate under Article 5.
P:1.5 "Contract Price" means the total price in Article 3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers controlled by the Customer in the People's Republic of China for the internal business of the Customer and its subsidiaries, within the licence quantities in Article 3.
P:2.2 The Customer may make copies for backup, testing and disaster recovery. The licence survives termination of this Agreement except where the Vendor terminates for non-payment of the licence fees.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and payable in Chinese Yuan (CNY), including VAT:
P:(a) APS server licence, one production instance and one test instance: CNY 680,000;
P:(b) Planner user licences, 20 named users at CNY 18,500 each: CNY 370,000;
P:(c) MES connector licence: CNY 96,000;
P:Licence Subtotal: CNY 1,146,000;
P:(d) implementation and configuration services, fixed price: CNY 412,000;
P:(e) Custom Deliverables for the ERP interface: CNY 138,000;
P:(f) training of planners and key users: CNY 44,000.
P:3.2 The Contract Price is CNY 1,740,000. It is fixed and includes travel and living expenses of the Vendor's staff.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 174,000) within 20 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 957,000) within 20 days after Go-Live. Go-Live and this payment do not mean acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 609,000) within 20 days after Final Acceptance.
P:4.4 The Vendor shall issue valid Chinese VAT invoices through its Shanghai branch, or such other invoices as the parties agree in writing.
H:Article 5 Implementation and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 120 days after signature of this Agreement, following the project plan in Annex 1.
P:5.2 Final Acceptance tests shall show that: (a) the Software produces a feasible weekly plan for all six kiln lines within ten minutes; (b) kiln changeovers, glaze colour sequences and mould constraints in Annex 2 are respected; (c) orders, stock and routings reconcile with the ERP system record by record; (d) the MES connector returns actual output to the plan within fifteen minutes; and (e) no Severity 1 defect has occurred during the 45 days after Go-Live.
P:5.3 The Customer shall carry out the tests within ten working days after the Vendor's written notice of readiness and sign the Final Acceptance Certificate when the criteria are met, or give written reasons. Installation, Go-Live or use of the Software in production is not Final Acceptance.
P:5.4 The Customer shall provide a project manager, a server environment meeting the Vendor's published requirements, ERP test access and the planning constraints for each kiln line in good time. Delay caused by the Customer extends the Go-Live date accordingly.
P:5.5 The Vendor shall train up to 20 planners and 4 key users in Foshan, in Chinese, and deliver the user, administrator and interface manuals in Chinese and English before Final Acceptance.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Annex 2 for a warranty period of 18 months after Final Acceptance. During that period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Support levels in the warranty period:
P:(a) Severity 1 (planning cannot run or the ERP interface is down): response within 1 hour, workaround within 8 hours;
P:(b) Severity 2 (a major function is impaired): response within 2 hours, correction within 3 working days;
P:(c) Severity 3 (other defects): response within 1 working day, correction in the next release.
P:6.3 If the Vendor misses a Severity 1 response or workaround time, it shall pay the Customer CNY 1,200 for each hour or part of an hour of delay, which the Customer may deduct from any payment due.
H:Article 7 Annual Support after the Warranty
P:7.1 After the warranty period the Customer may order annual support covering updates, upgrades and the support levels in Article 6.2. The Annual Support Fee is 13% of the Licence Subtotal, i.e. CNY 148,980 per support year, fixed for the first three support years after the warranty period.
P:7.2 Any later change of the Annual Support Fee requires a written agreement and shall not exceed 3% per support year. Support is ordered by purchase order for each support year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables, including their source code, belong to the Customer from payment under Article 4.3. The Customer may use, modify and license them freely, including to its subsidiaries and to other service providers.
H:Article 9 Customer Data and Security
P:9.1 All production, order, customer and employee data processed by the Software ("Customer Data") belongs to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions.
P:9.2 The Software is hosted on the Customer's own servers. The Vendor shall access them only through the Customer's VPN with multi-factor authentication and per-session approval, shall not copy Customer Data out of the Customer's systems, and shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any unauthorised access to Customer Data and shall bear all losses and costs caused by a security incident attributable to the Vendor.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and disclose it only to staff and advisers who need it. This obligation continues for three years after termination.
H:Article 11 Delay and Liability
P:11.1 If Go-Live is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price, except for breach of Articles 9 and 10, personal injury, fraud and wilful misconduct.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:13.2 If the Customer terminates under Article 13.1 before Final Acceptance, the Vendor shall refund all amounts paid, and the Customer shall return or destroy the Software.
H:Article 14 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disaster, epidemic, war or government action, provided it notifies the other party promptly and uses reasonable efforts to resume performance. If such an event continues for more than 60 days, either party may terminate this Agreement by written notice.
H:Article 15 Governing Law and Arbitration
P:15.1 This Agreement is governed by the laws of Japan.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration administered by the Japan Commercial Arbitration Association in Osaka under its Commercial Arbitration Rules. The language of the arbitration shall be English.
H:Article 16 General
P:16.1 Annexes: Annex 1 Project Plan; Annex 2 Functional Specification and Planning Constraints.
P:16.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature.
P:Signed for Tsubaki Planning Systems Co., Ltd.: ____________________ Name: Kenji Morita, Representative Director
P:Signed for Foshan Hengtai Ceramics Co., Ltd.: ____________________ Name: Liang Weiming, General Manager
"""

E02 = """# ORDER FORM

**Order Form No.** DSL-OF-2025-0912
**Vendor:** Dasom Learning Co., Ltd., 21 Teheran-ro 52-gil, Gangnam-gu, Seoul, Republic of Korea ("Dasom")
**Customer:** Hangzhou Ruifeng Auto Parts Co., Ltd., 1699 Hongxing Road, Xiaoshan District, Hangzhou, Zhejiang, China ("Customer")
**Date:** 9 September 2025

This Order Form is placed under, and incorporates, the Dasom General Terms set out below (together, the "Agreement"). If this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Subscription

| Item | Detail |
|---|---|
| Service | Dasom LMS Enterprise, a cloud learning-management service with course authoring, mobile learning, exams, certification tracking and reporting |
| Authorised Users | 1,800 employees of Customer and its two subsidiaries in Hangzhou and Ningbo |
| Hosting | Alibaba Cloud, Shanghai region (mainland China) |
| Subscription Start Date | 1 October 2025 |
| Subscription Term | 1 October 2025 to 30 September 2027 (two Subscription Years) |
| Onboarding Target Date | 30 November 2025 |

## 2. Fees

At Customer's request all fees are quoted and invoiced in Chinese Yuan (CNY), VAT included.

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | 1,800 users x CNY 96 per user per Subscription Year | 172,800 per Subscription Year |
| Subscription Fees for the Subscription Term | two Subscription Years | 345,600 |
| Onboarding | SSO with Customer's directory, HR-system user feed, migration of 214 existing courses and exam banks, administrator training | 46,400 (one-time) |
| **Total Order Value** | | **392,000** |

Additional users may be added at CNY 8 per user per month for the rest of the Subscription Term.

## 3. Billing

3.1 Subscription Fees are invoiced quarterly in advance, at the start of each calendar quarter of the Subscription Term, and are payable within 30 days after invoice.

3.2 The Onboarding fee is invoiced after Onboarding Acceptance under paragraph 4.2 and is payable within 30 days after invoice.

3.3 No amount is payable before the Subscription Start Date.

## 4. Onboarding

4.1 Dasom shall complete onboarding by the Onboarding Target Date.

4.2 Onboarding Acceptance occurs when Customer confirms in writing that: (a) single sign-on works for all Authorised Users through Customer's directory; (b) the daily HR feed creates, changes and disables users correctly for ten consecutive working days; (c) all 214 migrated courses open on desktop and mobile and their completion records reconcile with Customer's export; and (d) the reports listed in Annex A are available. Go-live of the platform or its use by employees does not by itself constitute Onboarding Acceptance.

4.3 If Onboarding Acceptance is delayed beyond the Onboarding Target Date for reasons attributable to Dasom, Dasom shall pay Customer CNY 300 for each day of delay, which Customer may deduct from the Onboarding fee.

## 5. Contacts

Dasom account manager: Ms. Park Ji-won. Customer project lead: Mr. Shen Hao, HR Training Department.

Signed for Dasom Learning Co., Ltd.: ____________________ (Kim Tae-hoon, Chief Executive Officer)

Signed for Hangzhou Ruifeng Auto Parts Co., Ltd.: ____________________ (Zhou Lina, Vice President, Human Resources)

---

# DASOM GENERAL TERMS

## 1. Service

1.1 Dasom shall provide the Service to Customer's Authorised Users during the Subscription Term in accordance with the documentation and this Agreement.

1.2 Dasom may improve the Service from time to time, provided that it does not materially reduce the functions described in the Order Form.

## 2. Service Levels

2.1 Availability. Dasom shall make the Service available at least 99.7% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 00:00 and 05:00 Beijing time.

2.2 Support. Customer may report incidents 24 hours a day by portal or telephone. Priority 1 incidents (the Service is unavailable to all users or exams cannot be taken) shall receive a response within 30 minutes and a fix or workaround within 6 hours. Priority 2 incidents shall receive a response within 2 hours and a fix within 2 working days.

2.3 Service credits. If availability in a month falls below the commitment in 2.1, Customer shall receive a credit of 5% of the monthly portion of the Subscription Fee for each 0.5 percentage point of shortfall, up to 25% of that month's portion. Credits are applied to the next invoice or refunded after the Subscription Term.

2.4 Reporting. Dasom shall send Customer a monthly service report showing availability, all Priority 1 and Priority 2 incidents with their response and fix times, and any credits due.

## 3. Customer Data

3.1 Customer Data means all data, content and personal information that Customer or its users upload to or generate in the Service, including training records and exam results. Customer Data belongs to Customer.

3.2 Dasom shall process Customer Data only to provide the Service to Customer and on Customer's documented instructions, and shall not use Customer Data, in identifiable, de-identified or aggregated form, for any other purpose.

3.3 Dasom shall keep Customer Data in the hosting region stated in the Order Form, shall not transfer it outside mainland China, and shall maintain a security programme that includes MLPS level 3 filing of the hosted system, encryption in transit and at rest, role-based access with multi-factor authentication, logging and annual penetration testing.

3.4 Dasom shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data, shall take all necessary remedial measures, and shall indemnify Customer for losses, regulatory fines and notification costs caused by an incident attributable to Dasom or its hosting provider.

3.5 On expiry or termination, Dasom shall make Customer Data available for export in standard formats for 60 days and shall then delete it and confirm the deletion in writing.

## 3A. Customer Responsibilities

3A.1 Customer shall keep its administrator credentials secure, ensure that Authorised Users comply with the documentation, and not upload content that infringes third-party rights or breaches applicable law.

3A.2 Customer is responsible for the accuracy of the HR data it feeds into the Service and for obtaining any employee consents required for training records.

3A.3 Customer shall not resell the Service, attempt to reverse engineer it, or use it to provide training to persons other than its employees and contractors.

## 4. Intellectual Property

4.1 Dasom owns the Service and its software, and Customer receives a right to use them during the Subscription Term.

4.2 Courses, exam banks, templates and other content created by or for Customer, including the migrated courses and any course templates configured by Dasom during onboarding, belong to Customer, which may use, modify and share them freely, including on other platforms.

## 4A. Warranties

Dasom warrants that the Service will perform materially in accordance with the documentation and that onboarding will be carried out with reasonable skill and care by qualified staff. If the Service does not so perform, Dasom shall correct it without charge.

## 5. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement, and not disclose it to third parties except to its staff, affiliates and advisers who need to know it and are bound by equivalent duties. These duties last for three years after the end of the Agreement.

## 6. Subcontracting

6.1 Dasom's hosting provider named in the Order Form is approved by signature of the Order Form.

6.2 Dasom shall not subcontract any other part of the Service, including support, without Customer's prior written consent, and remains responsible for all subcontractors.

## 7. Term, Renewal and Termination

7.1 The Agreement runs for the Subscription Term. Any renewal requires a new Order Form signed by both parties; the Agreement does not renew automatically.

7.2 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after notice.

7.3 If Customer terminates for Dasom's breach, Dasom shall refund prepaid fees for the remaining part of the Subscription Term.

## 8. Limitation of Liability

8.1 Neither party is liable for indirect or consequential losses or loss of profit.

8.2 Dasom's total aggregate liability arising out of or in connection with the Agreement shall not exceed the Subscription Fees paid by Customer in the six months before the event giving rise to the claim.

8.3 The limitations in this Section do not apply to Dasom's obligations under Section 3.4, to breach of Section 5, or to fraud or wilful misconduct.

## 9. Governing Law and Disputes

9.1 The Agreement is governed by the laws of the People's Republic of China.

9.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules then in force. The award is final and binding on both parties.

## 10. General

10.1 Notices shall be in writing and sent to the addresses in the Order Form.

10.2 Neither party may assign the Agreement without the other party's written consent.

10.3 The Agreement is the entire agreement of the parties on its subject matter.

10.4 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disaster, epidemic or government action, provided it notifies the other party promptly and resumes performance as soon as possible.

10.5 The Agreement is made in English and Chinese; both versions have equal effect.
"""

E03 = """T:Purchase Contract for Cold-Store Monitoring Sensors and Software
P:Contract No. HY-CS-2025-118
P:Buyer: Qingdao Haiyue Cold-Chain Logistics Co., Ltd., 66 Qianwangang Road, Huangdao District, Qingdao, Shandong, China (the "Buyer")
P:Supplier: Hsinchu Thermosense Technology Co., Ltd., No. 12, Lixing 6th Road, East District, Hsinchu City, Taiwan (the "Supplier")
P:The Buyer operates a cold store of four chambers (minus 25 °C, minus 18 °C, 0 to 4 °C and a banana-ripening room) with an ammonia refrigeration plant. After a competitive quotation, the Buyer has chosen the Supplier to supply, install and commission a wireless temperature, humidity and ammonia-leak monitoring system. This Contract is on the Buyer's standard terms.
H:Section 1 Scope
P:1.1 The Supplier shall supply the equipment and software licence listed in Section 2, install and calibrate all sensors, connect the monitoring software to the Buyer's warehouse management system ("WMS"), and train the Buyer's staff.
P:1.2 The Supplier shall deliver to the Buyer's site at Huangdao, Qingdao, DDP, all import duties and taxes paid.
P:1.3 The Buyer shall provide power sockets at the agreed points, network access for the gateways, a rack position for the edge server, and WMS interface documents. The Buyer's site manager shall coordinate access to the chambers so that stored goods are not exposed to temperature changes during installation.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,240,000, inclusive of 13% VAT, freight, insurance and all costs of the Supplier, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, IP67, minus 40 °C rated|420|1,150|483,000
TB:2|Ammonia leak detector with local alarm|36|6,800|244,800
TB:3|LoRa gateway with 4G backup|14|9,200|128,800
TB:4|Edge server with UPS|1|86,000|86,000
TB:5|ThermoWatch monitoring software, perpetual site licence|1|138,000|138,000
TB:|Hardware and Licence Subtotal|||1,080,600
TB:6|Installation, cabling and calibration|1 lot|96,400|96,400
TB:7|Integration with the Buyer's WMS|1 lot|52,000|52,000
TB:8|Training|1 lot|11,000|11,000
TB:|Contract Price|||1,240,000
P:2.2 The Contract Price is fixed and shall not change for exchange-rate movements or any other reason.
H:Section 3 Payment
P:3.1 10% of the Contract Price (CNY 124,000) within 15 working days after signature, against an advance-payment bank guarantee from a bank in mainland China for the same amount.
P:3.2 55% of the Contract Price (CNY 682,000) within 15 working days after the Installation Certificate under Section 5.1. The Installation Certificate records completion of installation only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 434,000) within 15 working days after the Final Acceptance Certificate under Section 5.3.
P:3.4 Each payment requires a valid Chinese VAT special invoice issued by the Supplier's Shanghai subsidiary.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 45 days and complete installation within 75 days after signature.
P:4.2 If the Supplier is late in delivery or installation, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 30 days, the Buyer may also terminate this Contract under Section 12.
P:4.3 The Supplier shall pack the equipment for sea or air freight and cold-store conditions, mark each package with the contract number, and deliver with it a packing list, certificates of origin, explosion-protection certificates for the ammonia detectors where required, and factory calibration certificates.
P:4.4 The Supplier's staff working on site shall follow the Buyer's safety rules for cold stores and ammonia plant rooms, wear the protective clothing provided by the Buyer, and work inside the refrigerated chambers only in pairs and within the time limits set by the Buyer's safety officer.
H:Section 5 Installation and Acceptance
P:5.1 When installation is complete the parties shall sign an Installation Certificate listing the installed items.
P:5.2 Final Acceptance tests shall show that: (a) every temperature sensor reads within plus or minus 0.3 °C of a calibrated reference thermometer at two points, and every humidity sensor within plus or minus 3% RH; (b) every ammonia detector alarms locally and in the software within 30 seconds of exposure to test gas at 25 ppm; (c) the software records each sensor at least every five minutes with no gap longer than 15 minutes during a 30-day trial run; (d) temperature records and alarms are transferred to the WMS for each storage location; and (e) calibration certificates, wiring diagrams and manuals in Chinese have been delivered.
P:5.3 The Buyer shall carry out the tests within ten working days after the Supplier's written notice of readiness and issue the Final Acceptance Certificate when all criteria are met. Installation, use in operation or payment does not mean acceptance.
H:Section 6 Warranty and Support
P:6.1 The Supplier warrants the equipment and the software for 36 months after the Final Acceptance Certificate. During the warranty period the Supplier shall repair or replace defective items free of charge, including parts, labour, travel and annual recalibration of all sensors.
P:6.2 Severity levels during the warranty period:
P:(a) Severity 1 (an ammonia detector, a gateway or the server fails, or alarms for a whole chamber are lost): remote response within 30 minutes, engineer on site within 24 hours, restoration within 48 hours;
P:(b) Severity 2 (individual sensors fail): response within 2 hours, replacement within 5 working days.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 800, which the Buyer may deduct from any amount due or claim under the performance guarantee.
P:6.4 After the warranty period, the Buyer may order annual support, including recalibration and repair, at 7% of the Hardware and Licence Subtotal per year, i.e. CNY 75,642, fixed for the first two years after the warranty period. Support is ordered by purchase order each year and does not renew automatically.
H:Section 7 Buyer Data and Security
P:7.1 All sensor readings, alarm records, site layouts and WMS data ("Buyer Data") belong to the Buyer. The Supplier shall use Buyer Data only to perform this Contract and shall not keep copies.
P:7.2 The system runs on the Buyer's own edge server and network. The Supplier may access it remotely only through a connection opened by the Buyer for each session, with its engineers named in advance, and shall follow the Buyer's information-security rules and the Data Security Law of the People's Republic of China.
P:7.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting Buyer Data or the system and shall be liable for all losses caused by an incident attributable to it.
H:Section 8 Confidentiality
P:Each party shall keep confidential the non-public information of the other party received under this Contract, including the Buyer's customer list, stock data and site layout, and shall not disclose it to any third party without prior written consent, during the Contract and for three years after it ends.
H:Section 9 Intellectual Property
P:9.1 The configurations, alarm rules, dashboards and WMS integration code made for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver the source code of the integration.
P:9.2 The ThermoWatch software and the device firmware remain the Supplier's property and are licensed to the Buyer perpetually for the site.
H:Section 10 Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, property damage caused by gas leaks that the system fails to detect because of a defect, wilful misconduct or breach of Sections 7 and 8.
H:Section 11 Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if the delay under Section 4.2 exceeds 30 days.
P:12.2 On such termination the Supplier shall refund all amounts paid and remove its equipment at its own cost.
H:Section 13 Performance Guarantee
P:Within 15 working days after signature the Supplier shall provide a performance bank guarantee of 5% of the Contract Price, valid until 30 days after the Final Acceptance Certificate.
H:Section 14 Training and Documentation
P:The Supplier shall train up to 12 of the Buyer's operators, maintenance technicians and IT staff at the site for at least three days, covering sensor replacement, battery changes, alarm handling and basic troubleshooting, and shall provide operating and maintenance manuals in Chinese.
H:Section 15 Force Majeure
P:Neither party is liable for delay caused by force majeure, such as natural disaster, epidemic or government action, if it notifies the other party within seven days and takes reasonable steps to limit the delay.
H:Section 16 Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:Section 17 General
P:This Contract is made in Chinese and English, both equally authentic, in four originals. Annex 1 Technical Specification and Annex 2 Site Drawings form part of it.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED DIGITAL SIGNAGE SERVICES AGREEMENT

**Agreement No.** HLS-XM-2025-07

**Date:** 1 October 2025

**Between**

1. **Harbourlight Signage Limited**, a company registered in New Zealand (company number 6184402), of 150 Cashel Street, Christchurch Central, Christchurch 8011, New Zealand ("Provider"); and
2. **Xiamen Lujiang Fresh Supermarket Co., Ltd.**, a company registered in the People's Republic of China, of 233 Hubin South Road, Siming District, Xiamen, Fujian ("Customer").

**Background**

A. Customer operates 40 neighbourhood supermarkets in Xiamen and Zhangzhou and has installed 240 digital screens for price boards, promotions and queue information.

B. Provider operates a cloud content-management platform and a network operations centre for digital signage and will manage the screens, players and content scheduling for Customer as a managed service.

## 1. Definitions

1.1 "Services" means the managed signage services described in Schedule 1.

1.2 "Service Term" means the period from 1 November 2025 to 31 October 2027.

1.3 "Service Commencement" means the date on which Customer signs the Service Commencement Certificate under clause 4.

1.4 "Monthly Service Fee" means the fee in Schedule 2.

1.5 "Customer Data" means store lists, price files, promotional content, schedules, screen logs and any other information of Customer that Provider receives or generates in performing the Services.

## 2. Services

2.1 Provider shall perform the Services in accordance with Schedule 1 and the service levels in Schedule 3 throughout the Service Term.

2.2 Provider shall monitor every screen and player from its network operations centre, publish content according to Customer's schedules, and keep the device inventory up to date.

2.3 Customer shall supply content in the agreed formats at least 24 hours before it is due to be shown, give Provider's field staff access to stores during opening hours, and keep power and in-store network connections available.

2.4 Provider's field staff shall wear identification, follow Customer's store rules, carry out work outside peak trading hours where possible, and leave each store clean and safe. Provider shall appoint a service manager who speaks Chinese and is available on working days in Xiamen time.

2.5 Provider shall keep spare players in Xiamen sufficient to replace at least five per cent of the installed players at any time.

## 3. Fees and Payment

3.1 Customer shall pay the fees in Schedule 2 in Chinese Yuan (CNY).

3.2 The Monthly Service Fee is invoiced monthly in arrears from Service Commencement and is payable within 30 days after receipt of a valid VAT invoice issued through Provider's appointed invoicing agent in Xiamen.

3.3 The onboarding fee is invoiced after Service Commencement. No amount is payable in advance.

3.4 The fees are fixed for the Service Term.

## 4. Onboarding and Service Commencement

4.1 Provider shall complete onboarding by 31 December 2025: a physical audit of all screens and players, installation of Provider's player software, migration of existing content and schedules, and connection of all 40 stores to the platform.

4.2 Service Commencement requires that: (a) all 240 screens report to the platform and display scheduled content; (b) a price change issued by Customer's head office appears correctly in every store within ten minutes; (c) a seven-day trial run is completed without a Priority 1 incident; and (d) the device inventory and audit report are delivered. Customer shall sign the Service Commencement Certificate within five working days after these conditions are met. Installation of software or use of the screens does not by itself mean Service Commencement.

4.3 If Service Commencement is delayed beyond 31 December 2025 for reasons attributable to Provider, Provider shall pay Customer CNY 700 for each day of delay.

## 5. Customer Data

5.1 Customer Data belongs to Customer.

5.2 Provider may use Customer Data only to perform the Services and shall not sell it, disclose it for marketing or use it for any other purpose.

5.3 At the end of the Service Term Provider shall return Customer Data to Customer in a usable format.

## 6. Confidentiality

6.1 Each party shall keep confidential all business information of the other party that is marked confidential or would reasonably be understood to be confidential, including Customer's prices and promotional plans before their publication, and shall not disclose it to third parties without the other party's written consent.

6.2 This clause does not apply to information that is public, already known to the recipient, or required to be disclosed by law, and it continues for two years after the Service Term.

## 7. Intellectual Property

7.1 Provider retains all rights in its platform, player software and general know-how.

7.2 Templates, layouts, graphics and content schedules created by Provider for Customer belong to Customer, which may use and modify them freely and hand them to any other provider.

## 8. Subcontracting

8.1 Provider may engage local field-service contractors in Fujian for on-site work, including replacement of players and screens, and other subcontractors for parts of the Services, by notifying Customer in writing of the subcontractor's name and scope before it starts work.

8.2 Provider remains responsible for the acts and omissions of its subcontractors.

## 9. Liability

9.1 Provider's total liability under this Agreement shall not exceed 150% of the total fees payable for the Service Term.

9.2 Neither party is liable for indirect loss or loss of profit.

## 10. Term and Termination

10.1 This Agreement runs for the Service Term and ends on its expiry unless the parties sign a written extension. It does not renew automatically.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

10.3 Customer may also terminate by written notice if Provider misses the Priority 1 restoration time more than three times in any three consecutive months.

10.4 On termination or expiry Provider shall cooperate for up to 30 days in the transfer of the Services to Customer or a new provider.

## 10A. Force Majeure

Neither party is liable for failure or delay caused by events beyond its reasonable control, such as typhoon, flood, epidemic, power failure affecting a whole district or government action. The affected party shall notify the other promptly, and service levels do not apply to the affected stores while the event continues.

## 11. Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The arbitration shall be conducted in Chinese, and Provider shall be entitled to an interpreter at its own cost.

## 12. General

12.1 Notices shall be given in writing by courier or e-mail to the addresses above.

12.2 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties.

Signed for Harbourlight Signage Limited: ____________________ (Aroha Williams, Director)

Signed for Xiamen Lujiang Fresh Supermarket Co., Ltd.: ____________________ (Chen Jianguo, General Manager)

---

## Schedule 1 - Services

| Service element | Description |
|---|---|
| Monitoring | Continuous monitoring of all screens and players from Provider's network operations centre, with alerts for offline devices, frozen content and overheating |
| Content operations | Scheduling and publishing of Customer's price boards, promotions and queue information; emergency content changes on request |
| Field service | On-site repair or replacement of players and screens in Customer's stores; Customer owns the screens, Provider supplies replacement players |
| Reporting | Monthly report of incidents, response and restoration times, offline hours per store and service credits |
| Review | Quarterly service review meeting with Customer's operations department |

## Schedule 2 - Fees

| Fee | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Fee | 240 screens x CNY 150 per screen per month | 36,000 per month |
| Monthly Service Fees over the Service Term | 24 months | 864,000 |
| Onboarding fee | audit, software installation, content migration (one-time) | 58,000 |
| **Total fees for the Service Term** | | **922,000** |

Additional screens may be added at CNY 150 per screen per month.

## Schedule 3 - Service Levels and Credits

| Priority | Example | Response | Restoration |
|---|---|---|---|
| Priority 1 | All screens in a store are dark or show wrong prices | 30 minutes | 8 hours |
| Priority 2 | One or more screens in a store fail | 2 hours | 2 working days |
| Priority 3 | Cosmetic issue or content request | 1 working day | 5 working days |

| Service level missed | Service credit |
|---|---|
| Priority 1 restoration time missed | 3% of the Monthly Service Fee for each incident |
| Priority 2 restoration time missed | 1% of the Monthly Service Fee for each incident |
| Monthly report not delivered by the 10th day of the following month | CNY 500 |

Service credits are deducted from the next invoice and are capped at 20% of the Monthly Service Fee in any month.
"""

E05 = """HARBOUR METRICS LIMITED
DATA API SUBSCRIPTION AGREEMENT

Agreement No.: HM-API-2025-0331
Date: 25 August 2025

PARTIES

Harbour Metrics Limited, a company incorporated in Hong Kong, of Unit 1207, 12/F, Millennium City 5, 418 Kwun Tong Road, Kwun Tong, Kowloon, Hong Kong ("Vendor").

Ningbo Yongxin International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, of 18 Yangmu Road, Beilun District, Ningbo, Zhejiang ("Customer").

BACKGROUND

Vendor compiles vessel positions, port schedules, container events and ocean freight rate indices and makes them available through an application programming interface ("API"). Customer wishes to use the API in its own shipment-tracking portal and quotation system for its shippers.

1. DEFINITIONS

1.1 "Licensed Data" means the vessel, port, container and rate data delivered by the API, and any derived values that reproduce it.

1.2 "Customer Inputs" means the container numbers, bill of lading numbers, booking references, shipper names and other data that Customer submits to the API, together with the query logs of Customer's calls.

1.3 "Subscription Year" means the period from 1 September 2025 to 31 August 2026, the period from 1 September 2026 to 31 August 2027, and each renewal period of the same length.

1.4 "Subscription Start Date" means 1 September 2025.

1.5 "Initial Term" means the period from 1 September 2025 to 31 August 2027.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Initial Term and any renewal to call the API and to use the Licensed Data in its tracking portal, quotation system and internal reports.

2.2 The subscription covers the Professional plan: vessel and port data for all ports in Asia, Europe and North America, container event tracking with all major carriers, and weekly rate indices for 40 trade lanes, with an allowance of 3,000,000 API calls per Subscription Year.

2.3 Customer may display Licensed Data to its own shippers through its portal, but shall not resell the Licensed Data as a data feed, publish bulk extracts of it, or use it to build a competing database.

3. FEES

3.1 At Customer's request all fees are stated and invoiced in Chinese Yuan (CNY), VAT included, through Vendor's Shenzhen affiliate.

3.2 Subscription Fee: CNY 198,000 per Subscription Year; CNY 396,000 for the Initial Term.

3.3 Integration Support (one-time): CNY 24,000, covering API onboarding workshops, a sandbox, sample code and review of Customer's integration.

3.4 Total fees for the Initial Term: CNY 420,000.

3.5 Calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears.

4. INVOICING AND PAYMENT

4.1 The Subscription Fee is invoiced quarterly in advance, CNY 49,500 at the start of each calendar quarter from the Subscription Start Date, payable within 30 days after invoice.

4.2 The Integration Support fee is invoiced after Integration Acceptance under Section 5 and is payable within 30 days after invoice.

4.3 Nothing is payable before the Subscription Start Date.

5. INTEGRATION AND ACCEPTANCE

5.1 Vendor shall issue sandbox credentials within five working days after signature and production API credentials by 15 October 2025 (the "Target Date").

5.2 Integration Acceptance occurs when Customer confirms in writing that: (a) a test set of 500 container numbers chosen by Customer returns events for at least 480 of them with the fields listed in the API documentation; (b) the median response time of 1,000 consecutive calls from Customer's servers in Ningbo is below 800 milliseconds; and (c) the rate indices for the 40 trade lanes load into Customer's quotation system for four consecutive weeks without error. Issue of credentials or use of the API in production does not by itself constitute Integration Acceptance.

5.3 If the production credentials are not issued by the Target Date for reasons attributable to Vendor, Vendor shall pay Customer CNY 300 for each day of delay, which Customer may deduct from the Integration Support fee or the next invoice.

6. SERVICE LEVELS

6.1 Vendor shall make the production API available at least 99.95% of each calendar month, measured at Vendor's API gateway and excluding scheduled maintenance announced 48 hours in advance.

6.2 Priority 1 incidents (the API is unavailable, or container events are not updated for more than 2 hours) shall receive a response within 1 hour and a resolution or workaround within 6 hours, at any time of day. Priority 2 incidents shall receive a response within 1 business day.

6.3 If availability in a month is below the commitment in 6.1, Customer shall receive a credit of 5% of the monthly portion of the Subscription Fee, rising to 10% if availability is below 99.5%. A missed Priority 1 resolution time gives a further credit of CNY 1,000 per incident. Credits are set off against the next invoice.

6.4 Vendor shall publish a monthly availability report on Customer's account page.

7. DATA QUALITY

7.1 Vendor shall compile the Licensed Data with reasonable skill and care from carrier, terminal and vessel-position sources and shall correct reported errors within two business days.

7.2 Rate indices are market indicators and are not offers of freight capacity. Customer remains responsible for the quotations it gives to its shippers.

7A. CUSTOMER OBLIGATIONS

7A.1 Customer shall protect its API keys against misuse, restrict them to its IT team, rotate them when staff leave, and inform Vendor promptly if a key may have been exposed. Customer is responsible for calls made with its keys until it reports the exposure.

7A.2 Customer shall not submit personal data of individuals to the API other than shipper contact names that are needed for tracking, and shall not submit data that it has no right to share.

8. CUSTOMER INPUTS AND DATA SECURITY

8.1 Customer Inputs belong to Customer. Vendor shall use Customer Inputs only to provide the API to Customer and shall not use them, in identifiable, de-identified or aggregated form, for its own products, for other customers or for any other purpose.

8.2 Vendor shall store Customer Inputs on servers in Hong Kong and in mainland China only, maintain ISO/IEC 27001 certification for the API service, encrypt Customer Inputs in transit and at rest, limit access to named staff with multi-factor authentication, and keep access logs for at least six months.

8.3 Vendor shall notify Customer within 48 hours after becoming aware of any unauthorised access to, or loss of, Customer Inputs, shall cooperate with Customer in any notification to authorities or shippers, and shall compensate Customer for losses and costs caused by an incident attributable to Vendor.

8.4 Vendor shall delete Customer Inputs within 30 days after the end of the subscription and confirm the deletion in writing.

9. INTELLECTUAL PROPERTY

9.1 Vendor and its sources own the Licensed Data and the API.

9.2 Sample code, connectors and dashboard templates that Vendor writes for Customer during Integration Support belong to Customer, which may use, modify and license them freely.

10. SUBCONTRACTORS

Vendor shall not subcontract the operation of the API or its support to any third party without Customer's prior written consent, other than its data sources and its cloud hosting providers listed in Annex 1, which are approved by signature of this Agreement.

11. RENEWAL

11.1 After the Initial Term this Agreement renews automatically for successive Subscription Years unless either party gives written notice of non-renewal at least 60 days before the end of the current term.

11.2 Vendor may increase the Subscription Fee for any renewal Subscription Year by up to 9% by notifying Customer at least 90 days before the renewal.

12. LIABILITY

12.1 Neither party is liable for loss of profit, loss of business or indirect loss.

12.2 Vendor's total liability under this Agreement is limited to two times the total fees payable for the Initial Term (CNY 840,000).

12.3 The limit in 12.2 does not apply to Vendor's obligations under Section 8, to fraud or to wilful misconduct.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.2 If Customer terminates under 13.1, Vendor shall refund the Subscription Fee paid for the period after termination.

13.3 On termination Customer shall stop calling the API and delete bulk extracts of Licensed Data, but may keep Licensed Data already incorporated into shipment records and quotations.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the Hong Kong Special Administrative Region.

14.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration administered by the Hong Kong International Arbitration Centre under its Administered Arbitration Rules. The seat of arbitration is Hong Kong and the language is English.

14A. FORCE MAJEURE

Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disaster, epidemic, war, government action or a failure of public telecommunications networks, provided that it notifies the other party promptly and resumes performance as soon as practicable. Service credits do not accrue while such an event continues.

15. GENERAL

15.1 Neither party may assign this Agreement without the other's written consent, except to a successor of its whole business.

15.2 Notices shall be given in writing by courier or e-mail to the addresses above and take effect on receipt.

15.3 This Agreement, with Annex 1 (Approved Sources and Hosting Providers) and the API documentation, is the entire agreement of the parties.

SIGNED for Harbour Metrics Limited: ____________________ (Grace Leung, Director)

SIGNED for Ningbo Yongxin International Freight Forwarding Co., Ltd.: ____________________ (Wu Jianfeng, General Manager)
"""


# ---------------------------------------------------------------------------------------------------------------
# Files, formats, labels
# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h441z01_medical_security_drug_procurement_platform.pdf", "pdf", "zh", Z01),
    "z02": ("h441z02_dairy_uht_line_control_retrofit.docx", "docx", "zh", Z02),
    "z03": ("h441z03_yoga_chain_booking_membership_saas.txt", "txt", "zh", Z03),
    "z04": ("h441z04_expressway_toll_system_annual_om.txt", "txt", "zh", Z04),
    "z05": ("h441z05_duck_plant_energy_metering_supplier_template.md", "md", "zh", Z05),
    "e01": ("h441e01_ceramics_aps_licence_japan_vendor.pdf", "pdf", "en", E01),
    "e02": ("h441e02_lms_saas_order_form_korea_vendor.md", "md", "en", E02),
    "e03": ("h441e03_cold_store_sensors_taiwan_vendor.docx", "docx", "en", E03),
    "e04": ("h441e04_supermarket_managed_signage_nz_vendor.md", "md", "en", E04),
    "e05": ("h441e05_freight_data_api_hk_vendor.txt", "txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

# one row per draft: category, the 19 terms in TERM_KEYS order, extra (sla_clause, ld_stated, post_warranty_fee_capped
# or None for service kind, acceptance_deemed_on_delivery, contract_value), forum outside mainland China, TCO fee base
# (itemised licence / hardware subtotal, None when not applicable), and the DESIGN list of rules (checked against derive()).
G, S = "goods_or_licence", "service"
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 9, False, True, False, "PRC", G],
            (True, True, True, False, 2600000), False, 1280000, []),
    "z02": ("hardware", [None, None, False, "buyer", True, True, True, None, None, 20, True, True, 18, 8, False, True, False, "PRC", G],
            (False, False, True, False, 1290000), False, 1004000, ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, True, 0.08, 150, None, True, None, None, None, True, True, True, "PRC", S],
            (True, True, None, False, 360000), False, None, ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, False, False, "PRC", S],
            (True, True, None, False, 2180000), False, None, ["CR-LD-LOW", "CR-TERMINATION"]),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 50, False, False, 6, 25, False, True, None, "PRC", G],
            (True, True, True, True, 830000), False, 628000,
            ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 13, False, True, False, "Japan", G],
            (True, True, True, False, 1740000), True, 1146000, ["CR-GOVERNING-LAW"]),
    "e02": ("cloud", [99.7, 0.5, True, "buyer", True, True, True, 300 / 392000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S],
            (True, True, None, False, 392000), False, None, ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"]),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False, "PRC", G],
            (True, True, True, False, 1240000), False, 1080600, []),
    "e04": ("services", [None, 0.5, True, "buyer", False, True, True, 700 / 922000 * 100, 150, None, True, None, None, None, False, True, True, "PRC", S],
            (True, True, None, False, 922000), False, None, ["CR-DATA-SECURITY", "CR-SUBCONTRACT"]),
    "e05": ("cloud", [99.95, 1, True, "buyer", True, True, False, 300 / 420000 * 100, 200, None, True, None, None, None, True, True, False, "Hong Kong SAR", S],
            (True, True, None, False, 420000), True, None, ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-GOVERNING-LAW"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE", "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy section 4, my own reading: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro
    rata); fee = pct x itemised licence/hardware subtotal; TCO = contract value + post-warranty fees. None if unknown."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def derive(t, x, forum_outside, base):
    """The CR rules my reading of policy.md section 3 makes fire for these labels (not project code)."""
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
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
        if not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, x, base)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_outside:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


def label(key):
    name, _, lang, _ = FILES[key]
    cat, vals, extra, _, _, _ = LABELS[key]
    t = dict(zip(TERM_KEYS, vals))
    sla, lds, capped, deemed, value = extra
    x = {"sla_clause": sla, "ld_stated": lds}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x, "expected_rules": []}


# ---------------------------------------------------------------------------------------------------------------
# Threshold scan (no figure that equals a rule threshold anywhere in a text)
# ---------------------------------------------------------------------------------------------------------------
PCT = r"\s*(?:%|％|per\s*-?\s*cent|percent)"
ZH_DIG = "一二三四五六七八九十百千零〇两"
THRESHOLD_PATTERNS = [
    ("availability 99.9", r"(?<![\d.])99\.9(?!\d)" + PCT),
    ("availability 99.9 zh", r"百分之九十九点九(?![" + ZH_DIG + "])"),
    ("P1 4 h", r"(?<![\d.])4\s*-?\s*(?:个小时|小时|hours?|hrs?|h(?![a-z]))"),
    ("P1 four hours", r"(?<![a-z\-])four\s*-?\s*hours?"),
    ("P1 四小时", r"(?<![" + ZH_DIG + r"\d])四\s*个?\s*小时"),
    ("P1 240 min", r"(?<![\d.])240\s*(?:分钟|minutes?|mins?)|二百四十分钟"),
    ("LD 0.05 %", r"(?<![\d.])0\.05(?!\d)" + PCT),
    ("LD 万分之五", r"万分之五(?![" + ZH_DIG + r"\d])|千分之零点五|(?<![\d.])0\.0005(?!\d)"),
    ("cap 100 %", r"(?<![\d.,])100(?:\.0+)?" + PCT + r"|百分之百|百分之一百(?![" + ZH_DIG + "])|one\s*hundred\s*per\s*-?\s*cent"),
    ("prepay 30 %", r"(?<![\d.])30(?:\.0+)?" + PCT + r"|百分之三十(?![" + ZH_DIG + r"])|三成|(?<![a-z])thirty\s*per\s*-?\s*cent"),
    ("warranty 12 months", r"(?<![\d.])12\s*-?\s*(?:个月|months?)|(?<![" + ZH_DIG + r"])十二\s*个\s*月|(?<![a-z])twelve\s*-?\s*(?:calendar\s*)?months?"),
    ("warranty one year", r"(?<![" + ZH_DIG + r"\d])一\s*年|(?<![a-z])one\s*-?\s*years?(?![a-z])|(?<![\d.])1\s*-?\s*years?(?![a-z])"),
    ("post-warranty 15 %", r"(?<![\d.])15(?:\.0+)?" + PCT + r"|百分之十五(?![" + ZH_DIG + r"])|(?<![a-z])fifteen\s*per\s*-?\s*cent"),
    ("TCO 40 %", r"(?<![\d.])40(?:\.0+)?" + PCT + r"|百分之四十(?![" + ZH_DIG + r"])|四成|(?<![a-z])forty\s*per\s*-?\s*cent"),
    ("five years", r"(?<![\d.])5\s*-?\s*(?:年|years?)|(?<![" + ZH_DIG + r"\d])五\s*年|(?<![a-z])five\s*-?\s*years?|(?<![\d.])60\s*-?\s*(?:个月|months?)|六十个月|(?<![a-z])sixty\s*months?"),
]
THRESHOLD_RES = [(n, re.compile(p, re.I)) for n, p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "99.9 per cent", "4小时", "4 小时", "四小时", "四个小时", "4 hours", "4-hour", "four hours",
            "240分钟", "240 minutes", "0.05%", "0.05 %", "万分之五", "100%", "100 per cent", "百分之百", "30%", "30 %",
            "百分之三十", "三成", "12个月", "12 months", "12-month", "十二个月", "twelve months", "一年", "第一年", "one year",
            "one-year", "1 year", "15%", "百分之十五", "40%", "四成", "百分之四十", "5年", "5 年", "五年", "five years",
            "five-year", "60 months", "60个月", "sixty months"]
MUST_MISS = ["24小时", "24 小时", "二十四小时", "24 hours", "twenty-four hours", "99.95%", "99.5%", "115%", "0.15%", "150%",
             "2025年", "2025 年", "万分之五十", "万分之八", "服务年度", "Subscription Year", "十五日", "14小时", "45%", "35%",
             "25%", "300%", "1,000", "0.055%", "三年", "十八个月", "二十四个月", "36 months", "每年", "2025年12月",
             "130%", "8%", "0.08%", "Section 4.2", "four consecutive weeks", "15 working days", "Subscription Years"]


def threshold_hits(text):
    hits = []
    for form in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for n, rx in THRESHOLD_RES:
            for m in rx.finditer(form):
                hits.append((n, form[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert any(rx.search(s) for _, rx in THRESHOLD_RES), ("must hit", s)
    for s in MUST_MISS:
        for form in (s, re.sub(r"\s+", "", s)):
            bad = [n for n, rx in THRESHOLD_RES if rx.search(form)]
            assert not bad, ("must miss", s, bad)


# ---------------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def text_length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


LENGTH_RANGE = {"zh": (2750, 3000), "en": (1450, 1650)}
THRESHOLD_VALUES = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
                    "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    office = {k: v for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write({k: v[3] for k, v in office.items()}, {k: (v[0], v[1]) for k, v in office.items()}, OUT, wrap_words=True)
    for k, (name, fmt, lang, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    problems = []
    covered = set()
    report = []
    for k, (name, fmt, lang, src) in FILES.items():
        text = read_back(OUT / name)
        n = text_length(text, lang)
        lo, hi = LENGTH_RANGE[lang]
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (name, n, lo, hi))
        for h in threshold_hits(text) + threshold_hits(src):
            problems.append("%s threshold %s: %r" % (name, h[0], h[1]))
        lab = label(k)
        t, x = lab["expected_terms"], lab["expected_extra"]
        _, _, _, forum, base, design = LABELS[k]
        rules = derive(t, x, forum, base)
        if rules != sorted(design):
            problems.append("%s derived %s != design %s" % (name, rules, sorted(design)))
        lab["expected_rules"] = rules
        covered |= set(rules)
        for key, thr in THRESHOLD_VALUES.items():
            if t[key] is not None and not isinstance(t[key], bool) and abs(t[key] - thr) < 1e-9:
                problems.append("%s label %s on threshold" % (name, key))
        sh = tco_share(t, x, base)
        if sh is not None and abs(sh - 40) <= 2:
            problems.append("%s TCO share %.2f within 2 points of 40" % (name, sh))
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        nonws = len("".join(text.split()))
        report.append((name, lang, n, nonws, rules, risk(rules), None if sh is None else round(sh, 2)))
    missing = [r for r in ALL_RULES if r not in covered]
    if missing:
        problems.append("rules never firing: %s" % missing)
    mix = [len(r[4]) for r in report]
    for row in report:
        print(row)
    assert sum(1 for r in report if not r[4] and r[1] == "zh") == 1 and sum(1 for r in report if not r[4] and r[1] == "en") == 1
    assert sum(1 for r in report if r[4] == ["CR-GOVERNING-LAW"]) == 1
    assert sum(1 for c in mix if 2 <= c <= 3) == 6 and len(report[4][4]) >= 8, mix
    if problems:
        print("\n".join(problems))
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
