"""holdout482: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (writes only into this folder; no __pycache__).
Sources of every draft are kept below. .txt/.md are written as is; .docx/.pdf via ../word_pdf.py (wrap_words=True).
Labels are written from LABELS; each draft's expected rules are derived from its labels by derive_rules() (my own
reading of policy.md §3), checked against DESIGN and for full coverage of the 20 CR rules. Every built file (read back)
and every source text is scanned for threshold figures.
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

Z01 = """T:滨江市经济普查数据处理平台建设项目合同
P:合同编号：BJTJ-ZC-2025-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：滨江市统计局，地址：滨江市政务中心东楼六层
P:乙方（供应商）：杭州数衡信息技术有限公司，地址：杭州市西湖区文三路518号
P:鉴于甲方通过公开招标确定乙方为“滨江市经济普查数据处理平台建设项目”的中标供应商，双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“数衡统计数据处理平台”软件永久许可（不限用户数，部署于甲方政务云），并在该平台上为甲方定制开发普查数据采集审核、汇总分析、报表生成和数据质量核查四个功能模块。
P:1.2 乙方负责历史普查数据迁移、与省级统计联网直报平台的接口开发、系统部署、调试及操作培训。
P:1.3 交付物包括：平台软件及许可证书、定制模块源代码、接口程序、部署文档、用户手册、测试报告及培训记录。
P:1.4 乙方应为甲方及各区县统计机构业务人员提供不少于三期集中操作培训，为甲方系统管理员提供运维培训，使其能够独立完成日常管理、用户授权和数据备份。
H:第二条 合同价款
P:本合同总价为人民币贰佰伍拾贰万元整（¥2,520,000），为固定总价，含税费、部署、培训及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|统计数据处理平台软件永久许可|1,280,000
TB:2|普查专用功能模块定制开发|860,000
TB:3|历史数据迁移及接口开发|210,000
TB:4|部署实施|130,000
TB:5|操作培训|40,000
TB:合计||2,520,000
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥504,000。
P:3.2 系统通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥1,134,000。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥882,000。
P:3.4 甲方按财政资金支付程序办理付款，乙方应提供合法有效的增值税发票。
H:第四条 交付期限与项目团队
P:4.1 乙方应在合同签订后90日内完成平台部署和定制模块开发，并提交初步验收申请。
P:4.2 乙方指定项目经理一名，常驻甲方现场至最终验收；更换项目经理须经甲方书面同意。
P:4.3 因甲方原因造成的延误，交付期限相应顺延，双方以书面形式确认。
P:4.4 甲方应提供政务云资源、网络环境和必要的业务资料，指定联系人协调各区县统计机构配合测试；乙方应每周提交项目进度报告。
H:第五条 验收
P:5.1 初步验收标准：（1）功能符合招标文件技术需求及双方确认的需求规格说明书；（2）迁移数据与原始数据逐表核对一致；（3）与省级联网直报平台接口连续10日运行无错误；（4）在300个并发用户下，常用查询响应时间不超过3秒；（5）通过甲方委托的第三方安全测评。
P:5.2 初步验收合格后进入90日试运行。试运行期间未发生一级故障且遗留问题全部关闭的，甲方组织最终验收并出具验收报告。
P:5.3 系统上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收。
H:第六条 质量保证
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、小版本升级和技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过平台软件许可费的10%（即不超过¥128,000），质保期满后三个服务年度内不上调，双方另行签订维护合同。
H:第七条 服务水平
P:7.1 质保期内系统月可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:7.2 一级故障（系统整体不可用或数据处理中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方每延迟响应或恢复1小时，向甲方支付¥1,000；月可用率每低于约定值0.01个百分点，向甲方支付¥2,000，可从应付款中扣除。
H:第八条 知识产权
P:8.1 平台软件的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 为本项目定制开发的功能模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。
H:第九条 数据安全
P:9.1 普查数据、单位名录及系统产生的全部数据归甲方所有，乙方仅为履行本合同处理，不得用于任何其他目的。
P:9.2 乙方应遵守《中华人民共和国统计法》《数据安全法》《个人信息保护法》，在甲方指定环境内作业，经堡垒机访问，不得将数据复制或带离甲方环境；测试使用甲方提供的脱敏数据。
P:9.4 乙方人员应签署保密及数据安全承诺书，操作日志保存不少于六个月；合同终止或项目结束后，乙方应删除其掌握的全部甲方数据并出具书面说明。
P:9.3 发生数据泄露或其他安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。
H:第十条 保密
P:乙方对履行本合同中知悉的甲方工作秘密、普查对象信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露。本条在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 乙方交付的系统不符合合同约定的，应负责整改；整改后仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
P:11.3 甲方无正当理由逾期付款的，按逾期金额每日万分之二支付违约金。
H:第十二条 分包
P:乙方不得转包或分包本项目的任何部分。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:第十四条 不可抗力
P:因不可抗力不能履行合同的，受影响方应及时通知对方，并在15日内提供证明，双方协商延期履行或解除合同。
H:第十五条 争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书及需求规格说明书为本合同组成部分。
P:16.2 双方往来通知以书面形式送达本合同首部所列地址；任何一方地址变更的，应在变更后5日内书面通知对方。
P:16.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：滨江市统计局    乙方（盖章）：杭州数衡信息技术有限公司
P:代表人签字：____________    代表人签字：____________
P:签订日期：2025年8月    日
"""
Z02 = """T:浮法玻璃生产线退火窑控制系统改造及维保合同
P:合同编号：JH-SB-2025-0632
P:甲方（买方）：湖北汉川晶华玻璃有限公司，地址：湖北省汉川市经济开发区新河路9号
P:乙方（卖方）：武汉锐控自动化工程有限公司，地址：武汉市东湖新技术开发区光谷大道77号
P:甲方二号浮法线退火窑现有控制系统已运行多年，备件短缺、温度控制精度不足。经邀请招标，甲方选定乙方承担退火窑控制系统改造。双方根据《中华人民共和国民法典》，经友好协商，订立本合同。
H:一、改造范围
P:（一）乙方负责拆除原退火窑控制柜，供货、安装并调试新的DCS控制器及IO模块、热电偶和变频器等现场仪表、操作站及服务器，提供组态软件和退火曲线先进控制软件的永久许可。
P:（二）乙方定制开发退火曲线优化模块及与甲方MES系统的数据接口，交付源代码和开发文档。
P:（三）改造须利用甲方计划冷修窗口施工，停窑时间不超过双方确认的施工计划，施工期间乙方负责旧系统与新系统的切换方案和应急预案。
P:（四）乙方负责对甲方操作人员和仪表维护人员进行培训，培训内容包括系统操作、报警处理、组态修改、备份恢复和常见故障排除，培训后甲方人员应能独立完成日常操作和一般维护。
H:二、合同价款
P:（一）本合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），含设备、软件许可、施工、调试、运输、保险、税费及质保期内服务。明细如下：
TB:序号|项目|数量|金额（元）
TB:1|DCS控制器及IO模块|1套|686,000
TB:2|现场仪表（热电偶、变频器等）|1批|412,000
TB:3|操作站及服务器|1批|158,000
TB:4|组态及先进控制软件永久许可|1套|324,000
TB:软硬件小计|||1,580,000
TB:5|改造施工及调试|1项|236,000
TB:6|退火曲线优化模块及MES接口定制开发|1项|148,000
TB:7|操作及维护培训|1项|16,000
TB:合计|||1,980,000
P:（二）上述价格为固定价格，不因材料或人工价格变化而调整。设备的原厂合格证、检测报告和软件许可证书随货交付，进口部件须提供报关单据复印件。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥396,000。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的45%，即¥891,000；到货签收仅确认数量和外观，不视为验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即¥693,000。
H:四、交付与施工
P:（一）乙方应在合同生效后60日内将设备运至甲方现场，并在甲方冷修窗口内完成安装、切换和热态调试。
P:（二）乙方施工人员应遵守甲方安全生产管理制度，持证上岗，动火和高处作业须办理作业票。
P:（三）甲方负责提供施工用电、临时存放场地和必要的配合人员，并按施工计划安排停窑窗口。因甲方原因推迟施工的，工期相应顺延。
P:（四）乙方应随设备提供装箱单、合格证、备品备件清单、系统图纸和组态备份，并保证主要备件在质保期满后仍可持续供应。
H:五、验收
P:（一）验收标准：退火窑各区温度控制偏差不超过±1.5℃；系统连续72小时热态运行无故障；退火曲线优化模块投用后玻璃应力检测结果符合甲方工艺标准；MES接口数据与现场仪表数据核对一致；技术资料齐全。
P:（二）满足上述标准并连续稳定运行30日后，双方签署最终验收报告。系统投入运行或甲方付款均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内完成整改并重新申请验收，由此发生的费用由乙方承担；第二次验收仍不合格的，甲方有权解除合同。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收之日起计算，质保期内软硬件故障由乙方免费维修或更换。
P:（二）一级故障（控制系统停机或温度失控）乙方应在30分钟内响应，3小时内到达现场；二级故障2小时内响应，24小时内到场。乙方每迟延1小时，向甲方支付¥1,500。
P:（三）质保期满后，乙方按年度提供维保服务，维保费为软硬件小计的8%，即每服务年度¥126,400，质保期满后三个服务年度内不上调，维保范围包括定期巡检、备件更换和软件升级，另签维保订单。
P:（四）质保期内乙方每季度进行一次现场巡检，检查控制器、仪表和通讯状态，校验关键热电偶，并提交巡检报告。
P:（五）质保期内操作系统补丁和控制软件升级须先在乙方测试环境验证，经甲方同意后方可在停窑或低负荷时段实施，乙方应事先做好组态和数据备份。
H:七、知识产权
P:退火曲线优化模块、MES接口程序及其源代码和文档的知识产权归甲方所有，甲方可自行修改和使用；组态软件和先进控制软件的知识产权归原权利人，甲方获得永久使用许可。
H:八、数据安全
P:（一）生产工艺参数、运行数据和配方数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存或向第三方提供。
P:（二）远程维护须经甲方逐次审批，通过甲方工业防火墙和堡垒机接入并全程留痕；乙方不得在控制网络中安装与项目无关的软件。
P:（三）发生网络安全事件或数据泄露的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
P:（四）乙方交付的控制软件应经病毒查杀，并提供软件版本清单；改造完成后，乙方应删除其调试电脑中留存的甲方工艺数据并书面确认。
H:九、保密
P:双方对履行本合同知悉的对方技术秘密和经营信息负有保密义务，未经对方书面同意不得披露，本义务在合同终止后继续有效。乙方不得在宣传材料中使用甲方生产线照片、工艺参数或改造效果数据，但经甲方书面同意的除外。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）因乙方原因造成甲方停产的，乙方应赔偿甲方由此遭受的直接损失。
P:（三）乙方提供的设备不符合合同约定的品牌、型号或技术参数的，甲方有权要求更换，更换期间视为逾期交货。
P:（四）甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
H:十一、分包
P:乙方可将电缆敷设、桥架安装等辅助施工分包给具备资质的第三方，但应提前3个工作日书面告知甲方，并对分包部分向甲方负责。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交孝感仲裁委员会仲裁。
H:十四、不可抗力
P:因不可抗力致使不能履行合同的，受影响方应在事件发生后及时通知对方，并在10日内提供有关证明，双方协商延期履行或解除合同。
H:十五、其他
P:本合同一式四份，双方各执二份，自双方签字盖章之日起生效。技术协议和施工计划为本合同附件。
P:甲方（盖章）：湖北汉川晶华玻璃有限公司    乙方（盖章）：武汉锐控自动化工程有限公司
P:授权代表：____________    授权代表：____________
P:日期：2025年9月    日
"""
Z03 = """茶言悦色门店点单及会员系统服务合同

合同编号：CYYS-IT-2025-041
甲方（客户）：湖南茶言悦色餐饮管理有限公司
地址：长沙市岳麓区麓谷大道186号
乙方（服务商）：深圳云点科技有限公司
地址：深圳市南山区科技园科发路12号

甲方经营茶饮连锁门店，拟统一各门店的点单收银、小程序下单和会员管理。乙方提供“云点”门店点单及会员SaaS服务。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方为甲方48家直营门店开通点单收银、小程序点单、外卖订单聚合、会员积分与储值、营销券和经营报表等功能的SaaS服务账号，门店清单见附件一。
1.2 乙方负责实施服务：门店终端部署与调试、菜单及价格配置、原会员数据迁移、微信小程序与甲方公众号对接、总部及门店人员培训。
1.3 甲方新增门店的，按本合同单价另行开通，费用按实际开通月份计算。
1.4 服务期内，乙方免费提供系统功能的常规升级、7×24小时电话及在线客服支持，并为甲方总部指派专属客户经理，每月提供一次经营数据分析报告。
1.5 门店使用的收银一体机、小票打印机和扫码设备由甲方自行采购，乙方负责适配调试并提供兼容设备清单。

2. 服务期限
2.1 服务期自2025年10月1日起至2028年9月30日止，共三个服务年度。
2.2 服务期满前30日内双方均未书面提出异议的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权根据其价格政策上调订阅费，上调幅度不超过上一服务年度订阅费的10%，乙方应在服务期满前30日通知甲方。

3. 费用
3.1 订阅费：每家门店每个服务年度人民币3,600元，48家门店每个服务年度合计172,800元，三个服务年度合计518,400元。
3.2 实施费：人民币68,000元；培训费：人民币9,600元。
3.3 本合同总价为人民币596,000元（518,400 + 68,000 + 9,600）。
3.4 小程序短信、支付通道手续费由第三方另行收取，不属于本合同价款。
3.5 服务期内，乙方不得以功能升级、增加报表或调整计费方式为由另行收取费用；甲方要求的新增定制开发，由双方另行书面约定价格。

4. 付款
4.1 实施费和培训费在上线验收合格后15个工作日内支付。
4.2 订阅费按季度结算，每季度结束后10个工作日内，乙方提交服务报告和发票，甲方核对后支付该季度订阅费。
4.3 甲方在服务开始前无需支付任何款项。
4.4 乙方开具增值税专用发票，发票信息以甲方书面提供的为准；因乙方发票不合格导致付款迟延的，甲方不承担逾期付款责任。

5. 实施与上线验收
5.1 乙方应在合同签订后45日内完成全部48家门店的部署并申请上线验收。
5.2 上线验收标准：（1）全部门店可正常点单、收银和打印小票；（2）连续7日订单数据与支付流水对账一致；（3）原会员数据迁移后会员数、积分和储值余额与原系统逐户核对一致；（4）小程序下单高峰期页面响应不超过2秒。
5.3 门店开始使用系统不视为验收合格。验收发现问题的，乙方应在5个工作日内整改并重新组织验收。
5.4 因乙方原因逾期上线的，每逾期一日，乙方向甲方支付违约金500元。

6. 服务水平
6.1 乙方保证SaaS服务月可用率不低于99.5%，计划内维护应安排在凌晨2点至6点之间，并提前48小时通知甲方。
6.2 一级故障（全部或多数门店无法点单或收款）乙方应在15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）1小时内响应，当日解决。
6.4 乙方每月5日前向甲方提交上月服务报告，列明可用率、故障记录、处理时长和抵扣金额，作为季度结算依据。
6.3 月可用率未达到约定值的，每低于0.1个百分点，乙方按当月订阅费的5%向甲方提供服务抵扣，在下季度订阅费中扣减；一级故障未按时恢复的，每超过1小时，抵扣当月订阅费的2%。

7. 数据与安全
7.1 会员信息、订单数据、储值记录等甲方业务数据归甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于其他目的或提供给第三方。
7.2 乙方应在境内机房存储数据，系统通过网络安全等级保护三级测评，对会员手机号等个人信息加密存储，实行最小权限和操作日志审计。
7.3 发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任，包括甲方向会员作出的赔偿和监管处罚。
7.4 合同终止后30日内，乙方应按甲方要求导出全部数据并交付甲方，随后删除并书面确认。
7.5 乙方应配合甲方开展个人信息保护合规检查，每个服务年度至少提供一次渗透测试报告；乙方员工访问甲方数据须经审批并留痕。

8. 知识产权
SaaS平台的知识产权归乙方所有。乙方为甲方定制的小程序页面、会员等级规则配置和定制报表归甲方所有，甲方可自行使用、修改或交由其他服务商使用。乙方保证其提供的服务不侵犯第三方知识产权；因侵权引起第三方索赔的，由乙方负责处理并承担全部费用，甲方因此遭受的损失由乙方赔偿。

9. 保密
双方对在合作中获悉的对方商业秘密、经营数据和会员信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三个服务年度内继续有效。

10. 违约责任与责任限额
10.1 任何一方违约的，应赔偿对方因此遭受的损失。
10.2 乙方累计赔偿责任以本合同总价的两倍为限，但数据安全事件和故意违约造成的损失不受此限。
10.3 甲方无正当理由逾期支付订阅费的，乙方应书面催告；催告后30日内仍未支付的，乙方可暂停新增功能开通，但不得中断门店点单和收款服务。

11. 分包
乙方不得将实施服务分包给第三方，确需分包的，须事先取得甲方书面同意。

12. 合同解除
12.1 乙方严重违约，或连续两个月月可用率未达约定值，经甲方书面通知后15日内未纠正的，甲方有权解除合同。
12.2 合同解除的，甲方按实际服务期限结算订阅费，乙方应协助甲方完成数据迁移，确保门店营业不中断。
12.3 乙方停止经营或服务被有关部门责令暂停的，甲方可立即解除合同，乙方应退还已付但未提供服务期间的费用。
12.4 甲方关闭门店的，可提前30日书面通知乙方停用该门店账号，该门店订阅费自停用次月起不再计收。

13. 争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交长沙仲裁委员会仲裁。

14. 其他
本合同自双方签字盖章之日起生效。双方的通知以书面或电子邮件方式送达本合同所列地址。本合同一式两份，双方各执一份，附件一为门店清单，附件二为功能清单，与本合同具有同等效力。

甲方（盖章）：湖南茶言悦色餐饮管理有限公司    乙方（盖章）：深圳云点科技有限公司
授权代表：____________    授权代表：____________
日期：2025年9月    日
"""
Z04 = """云川市社会保险经办信息系统运维服务合同

项目编号：YCRS-CS-2025-09（竞争性磋商）
甲方（采购人）：云川市人力资源和社会保障局
地址：云川市民生路33号
乙方（成交供应商）：成都智保信息技术有限公司
地址：成都市高新区天府三街199号

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方承担云川市社会保险经办信息系统的运维服务。为明确双方权利义务，依据《中华人民共和国民法典》《中华人民共和国政府采购法》，双方订立本合同。

（1）服务范围
① 运维对象：社会保险经办信息系统（含参保登记、征缴核定、待遇审核发放、个人权益记录和经办大厅叫号等子系统），以及系统所依托的数据库、中间件和应用服务器。
② 服务内容：派驻6名驻场运维工程师；应用软件缺陷修复及小版本升级；数据库与中间件巡检、备份和性能优化；配合政策调整进行参数配置；配合等级保护测评及整改；节假日和待遇集中发放期间的值守保障。
③ 服务期：2025年7月1日起至2026年6月30日止。服务期满本合同终止，不自动续期，下一服务年度由甲方另行采购。
④ 甲方负责提供驻场办公场地、网络接入和必要的系统账号，协调原建设单位提供技术资料，并指定信息科作为日常联络部门。

（2）合同价款
本合同总价为人民币壹佰叁拾陆万捌仟元整（¥1,368,000），为固定总价，含人员、差旅、工具、税费等全部费用。分项如下：
驻场运维服务（6人）：864,000元
应用软件维护及小版本升级：312,000元
数据库及中间件维护：126,000元
等级保护测评整改配合：66,000元

（3）付款方式
① 服务费按季度支付，每季度结束后由甲方组织季度考核，考核合格后15个工作日内支付该季度服务费¥342,000。
② 甲方不支付预付款。季度考核扣减的金额从当季服务费中扣除。
③ 乙方应在每次付款前开具合法有效的增值税发票；甲方按财政国库集中支付程序付款，因财政审批原因造成的合理迟延不视为甲方违约。

（4）人员要求
① 驻场工程师应具备相应专业资格和社保系统运维经验，名单经甲方确认，服务期内原则上不得更换；确需更换的，须提前10日书面申请，经甲方同意后由同等资历人员接替。
② 驻场人员遵守甲方考勤和保密管理制度，工作时间为甲方工作日8:30至17:30，待遇集中发放期间及月末征缴期间按甲方要求延长值守。
③ 乙方应建立二线技术支持团队，在驻场人员无法解决问题时提供远程或现场支持，二线人员的费用已包含在合同总价中。
④ 驻场人员每日填写运维日志，记录巡检情况、变更操作和故障处理过程，每周向甲方信息科汇报一次运维情况。

（5）服务水平
① 一级故障（系统整体中断或待遇发放无法进行）：15分钟内响应，2小时内恢复业务；二级故障（部分经办业务不可用）：30分钟内响应，8小时内解决；三级故障：1个工作日内解决。
② 核心业务系统工作时间可用率不低于99.95%。
③ 每发生一次一级故障未按时恢复，扣减当季服务费¥5,000；二级故障未按时解决，每次扣减¥2,000；可用率未达标的，每低于0.01个百分点扣减¥1,000。
④ 乙方每月5日前提交上月运维报告，列明故障情况、处理时长、可用率统计、变更记录及改进建议，经甲方确认后作为季度考核依据。
⑤ 任何系统变更须提交变更申请，说明影响范围和回退方案，经甲方批准后在业务低峰时段实施。

（6）交付与时限
① 乙方应在合同签订后5个工作日内完成驻场人员到位和运维交接，并提交运维方案。
② 乙方应于每季度最后10日内提交季度巡检报告，于服务期届满前30日提交年度运维总结报告及全部运维文档。
③ 乙方未按期完成人员到位或逾期提交上述报告的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
④ 服务期届满或合同解除时，乙方应向甲方或甲方指定的后续服务商完整移交系统文档、账号口令、运维日志和未关闭问题清单，并提供不少于20个工作日的交接支持。

（7）考核与验收
① 季度考核标准：故障响应和恢复时限达标；巡检、备份按计划执行并有记录；政策调整参数配置一次准确；甲方业务科室满意度不低于90分。
② 服务期满，甲方依据四个季度考核结果和年度运维总结组织年度验收，出具验收意见。
③ 季度考核不合格的，乙方应在10个工作日内提交整改报告，整改情况纳入下一季度考核；年度验收不合格的，甲方可暂缓支付最后一个季度服务费，直至乙方整改完毕。

（8）数据安全
① 参保人员个人信息、缴费和待遇数据均属甲方所有，乙方仅为履行运维服务接触，不得用于任何其他目的。
② 乙方人员须在甲方机房或指定终端作业，通过堡垒机操作，禁止使用移动存储介质，不得私自查询、下载或导出个人信息。
③ 发生数据泄露、篡改等安全事件的，乙方应在1小时内报告甲方并全力配合处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任。
④ 乙方应定期开展安全检查，及时修补系统漏洞，配合甲方完成网络安全等级保护测评和数据安全风险评估；发现安全隐患的，应立即报告甲方。
⑤ 服务结束后，乙方应删除其因履约接触的全部数据副本，并出具书面承诺。

（9）保密
乙方及其人员对工作中知悉的个人信息、业务数据、系统口令和网络结构负有保密义务，未经甲方书面同意不得向任何第三方披露；本义务不因合同终止而解除。乙方人员应签署个人保密承诺书。

（10）知识产权
乙方在运维过程中为甲方编写的脚本、配置文档、应急预案和报告归甲方所有，甲方可自由使用和修改，并可提供给后续服务商使用。乙方自有的运维工具软件仍归乙方所有，服务期内免费供本项目使用，服务结束后由乙方自行卸载。

（11）违约责任
① 乙方违反本合同约定的，应承担违约责任并赔偿甲方损失。
② 乙方在本合同项下对甲方的累计赔偿责任以合同总价的50%为限，但因数据安全事件或违反保密义务造成的损失不受此限。

（12）分包
乙方不得将本项目转包或分包。

（13）合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知乙方解除合同，并按实际服务期间结算费用。

（14）不可抗力
因不可抗力导致不能履行合同的，受影响方应及时通知对方并提供证明，双方协商延期履行、部分履行或解除合同；社保待遇发放期间，乙方应尽最大努力保障系统运行。

（15）争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院提起诉讼。

（16）其他
磋商文件、响应文件及成交通知书为本合同组成部分。本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：云川市人力资源和社会保障局    乙方（盖章）：成都智保信息技术有限公司
代表人：____________    代表人：____________
日期：2025年6月    日
"""
Z05 = """# 智仓软件产品许可及实施服务合同

（青岛智仓软件有限公司标准文本 V3.0）

合同编号：ZC-XS-2025-118

- 甲方（用户）：招远金穗粉丝食品有限公司，地址：山东省招远市金岭镇工业园8号
- 乙方（供应商）：青岛智仓软件有限公司，地址：青岛市崂山区株洲路151号

甲方为提升粉丝生产和成品仓储的管理水平，向乙方购买“智仓”生产执行及仓储管理软件并委托乙方进行定制开发和实施。双方经协商一致，签订本合同。

## 第一条 产品与服务

1.1 乙方向甲方提供智仓生产执行模块（MES）和仓储管理模块（WMS）的永久使用许可，许可范围为甲方招远工厂，用户数不限。

1.2 乙方根据甲方需求进行定制开发，包括：淀粉配料称重设备对接、漏粉及烘干工序批次追溯、成品扫码出入库和库位管理、与甲方财务软件的接口。定制开发的具体功能以双方签字确认的需求确认书为准，需求确认书未列明的功能不属于本合同范围。

1.3 乙方负责软件安装部署、基础数据初始化和用户培训。服务器、扫码枪、标签打印机等硬件由甲方自行采购。

1.4 培训内容包括系统操作、基础数据维护、工单和批次管理、出入库作业及常用报表，乙方为甲方车间、仓库和管理人员各安排一期集中培训，培训地点在甲方工厂。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智仓MES生产执行模块永久许可 | 430,000 |
| 2 | 智仓WMS仓储管理模块永久许可 | 290,000 |
| | 软件许可费小计 | 720,000 |
| 3 | 定制开发（称重对接、批次追溯、扫码出入库、财务接口） | 132,000 |
| 4 | 实施部署及培训 | 48,000 |
| | 合计 | 900,000 |

合同总价为人民币玖拾万元整（¥900,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即¥585,000，乙方收款后启动项目。

3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即¥315,000。

3.3 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金；逾期超过30日的，乙方有权暂停服务。

## 第四条 实施与交付

4.1 乙方计划在收到首付款后75日内完成部署、定制开发和上线，乙方将尽力按计划完成。

4.2 因甲方需求变更、基础数据准备不及时或硬件未到位导致的延期，不视为乙方违约，实施周期相应顺延。

4.3 甲方应指定项目负责人，及时确认需求文档和上线方案，并组织车间、仓库人员参加培训。

4.4 乙方按周向甲方通报实施进度；双方确认的需求文档为定制开发的依据，需求确认后甲方提出的新增或变更需求，乙方按人天单价另行报价。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线，系统上线运行即视为甲方验收合格。

5.2 上线后甲方发现的问题，由乙方在免费维护期内处理。

5.3 甲方应在上线通知发出后3个工作日内安排上线，甲方无故推迟上线超过10日的，自上线通知发出之日起满10日视为已上线。乙方向甲方交付安装介质、用户手册和管理员手册电子版各一份。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统上线之日起计算。

6.2 免费维护期内乙方提供远程技术支持和缺陷修复。一级故障（生产或出入库无法进行）乙方在8小时内响应，二级故障在2个工作日内响应。

6.3 乙方将尽力及时解决故障，但不因故障处理时限承担扣款、赔偿或违约金责任。

6.4 因甲方自行修改配置、硬件故障、网络中断或操作不当引起的问题，不属于免费维护范围，乙方可按人天单价提供有偿服务。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应购买乙方年度维护服务，年度维护费按软件许可费的22%计取，即每服务年度¥158,400，按服务年度预付。

7.2 年度维护服务包括远程支持、缺陷修复和产品版本升级；现场服务按乙方人天单价另行收费。

7.3 甲方未购买年度维护服务的，乙方不再提供缺陷修复和版本升级；之后重新购买的，甲方应补缴中断期间的维护费。

## 第八条 知识产权

8.1 智仓软件产品的知识产权归乙方所有。

8.2 乙方为甲方定制开发的程序、接口、报表及相关源代码和文档，知识产权均归乙方所有。甲方获得在招远工厂范围内的非独占、不可转让的使用权，不得修改、反向工程或提供给第三方。

8.3 乙方保证其提供的软件不侵犯第三方的合法权利；因侵权引起第三方索赔的，由乙方负责处理。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、库存及订单数据归甲方所有。

9.2 乙方采取访问控制、数据加密和操作日志等安全措施保护甲方数据；发生数据泄露的，乙方在24小时内通知甲方，因乙方原因造成的，乙方承担相应赔偿责任。

9.3 甲方同意乙方可将甲方数据脱敏后用于乙方产品改进、行业分析及算法模型训练，该项使用在合同终止后仍可继续。

9.4 合同终止后，甲方可在30日内以乙方提供的标准格式导出其业务数据，逾期未导出的，乙方可删除相关数据。

## 第十条 保密

双方对在履行本合同过程中知悉的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三个服务年度届满。乙方可在其客户名单及宣传材料中使用甲方名称和项目名称，甲方书面表示反对的除外。

## 第十一条 责任限制

11.1 乙方对甲方的间接损失、利润损失和数据恢复费用不承担责任。

11.2 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限。

11.3 因不可抗力、第三方软硬件缺陷或甲方原因造成的损失，乙方不承担责任。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后30日内仍未纠正的，守约方有权书面通知解除合同。因甲方原因解除合同的，已付款项不予退还。因乙方原因解除合同的，乙方退还甲方已付款项中未交付部分对应的金额。

## 第十三条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同附件为需求确认书和实施计划，附件与本合同不一致的，以本合同为准。

14.3 双方往来通知以书面形式送达本合同首部所列地址，或发送至双方项目负责人的电子邮箱。

甲方（盖章）：招远金穗粉丝食品有限公司　　乙方（盖章）：青岛智仓软件有限公司

授权代表：____________　　授权代表：____________

日期：2025年　月　日
"""
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ATL-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Foshan Mubang Furniture Co., Ltd., a company registered in Foshan, Guangdong, People's Republic of China (the "Customer"), and Atlas Nesting Solutions SARL, a company registered in Rabat, Kingdom of Morocco (the "Vendor").
P:Background: The Customer manufactures panel furniture and wishes to optimise the cutting of boards in its two factories. The Vendor develops the CutAtlas panel nesting and production planning software. The Customer has selected the Vendor after a competitive quotation, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Licensed Software" means the CutAtlas nesting software (client seats) and the CutAtlas planning server listed in Article 3, including updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the ERP interface, the label templates and any other work product created by the Vendor specifically for the Customer under this Agreement.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6.3 that the system meets the acceptance criteria.
P:1.4 "Customer Data" means all order, product, material, machine and production data supplied by the Customer or generated by the Licensed Software for the Customer.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Licensed Software at its factories in Foshan for its own business.
P:2.2 The Vendor shall install and configure the Licensed Software, build an interface between the Licensed Software and the Customer's ERP system, migrate the Customer's board and part libraries, and train the Customer's staff, as described in the statement of work attached as Annex 1.
P:2.3 The Customer shall provide servers, network access, a project manager, and timely decisions on the configuration.
P:2.4 The Vendor shall appoint a project manager who speaks Chinese or works with an interpreter provided by the Vendor at its own cost. The project manager shall report progress to the Customer every week, keep a list of open issues, and attend the Customer's site for installation, acceptance testing and the first week of production use.
P:2.5 Training consists of two courses for machine operators and production planners at each factory and one course for the Customer's IT staff on administration, backup and restore of the planning server. Training materials are supplied in Chinese.
H:Article 3 Prices
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The prices are fixed and include all taxes, travel and expenses of the Vendor.
P:3.2 The Contract Price is CNY 1,250,000, made up as follows: perpetual licences for 40 CutAtlas client seats at CNY 21,000 each, CNY 840,000; CutAtlas planning server licence, CNY 96,000; Licence Subtotal, CNY 936,000; ERP interface development, CNY 184,000; configuration and data migration, CNY 92,000; training, CNY 38,000.
H:Article 4 Payment
P:4.1 The Customer shall pay 20% of the Contract Price (CNY 250,000) within 15 days after signature of this Agreement against the Vendor's invoice.
P:4.2 The Customer shall pay 45% of the Contract Price (CNY 562,500) within 15 days after the Installation Certificate. The Installation Certificate only records that the software has been installed and is not acceptance.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 437,500) within 15 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Schedule
P:5.1 The Vendor shall complete installation within 45 days and submit the system for acceptance testing within 100 days after signature.
P:5.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay. Delay damages are capped at 10% of the Contract Price and do not limit the Customer's right to terminate under Article 13.
H:Article 6 Acceptance
P:6.1 The acceptance tests are set out in Annex 2 and include: nesting of the Customer's reference order set with a board yield no lower than the figure agreed in Annex 2; transfer of cutting programs to all six saws without error; correct import of ten consecutive production days of ERP orders; and printing of part labels that match the ERP records.
P:6.2 After the acceptance tests are passed, the system runs in production for 30 days. The run is successful if no Severity 1 incident occurs and all Severity 2 issues are closed.
P:6.3 After a successful run, the Customer issues a Final Acceptance certificate. Use of the software in production, installation, or payment of any amount is not acceptance.
P:6.4 If a test fails, the Vendor shall correct the defect and repeat the test within 10 days at its own cost.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will conform to the documentation and to Annex 1 for 24 months after Final Acceptance. During this warranty period the Vendor corrects defects, supplies updates and provides support free of charge.
P:7.2 Severity 1 means that nesting or the transfer of cutting programs has stopped in a factory. The Vendor shall respond to a Severity 1 incident within 1 hour, 24 hours a day, and shall provide a workaround within 8 hours. Severity 2 incidents are answered within 1 business day.
P:7.3 For each hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall pay the Customer CNY 1,000, which the Customer may deduct from any amount due.
P:7.4 After the warranty period the Customer may purchase annual support at 11% of the Licence Subtotal, that is CNY 102,960 per support year. This fee is fixed for the first three support years after the warranty period; any later change must be agreed in writing and shall not exceed 3% per support year. Support is ordered by purchase order each support year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property in the Licensed Software.
P:8.2 All intellectual property in the Custom Deliverables vests in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including to other service providers.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Licensed Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Customer Data and Security
P:9.1 Customer Data belongs to the Customer. The Vendor shall use Customer Data only to perform this Agreement and shall not copy it outside the Customer's systems or use it for any other purpose.
P:9.2 The Vendor may access the Customer's systems remotely only through the Customer's VPN, with a named account, after approval for each session by the Customer's IT department. The Vendor shall comply with the PRC Data Security Law and Personal Information Protection Law in relation to Customer Data.
P:9.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer Data, cooperate with the Customer's response, and bear the losses and costs caused by an incident attributable to the Vendor.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including prices, designs and production data, and shall not disclose it to any third party without the prior written consent of the other party. This obligation continues for three years after the end of this Agreement.
H:Article 11 Liability
P:The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Article 8.3 and Article 9, or to wilful misconduct.
H:Article 12 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for any approved subcontractor.
H:Article 13 Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of the breach.
P:13.2 If the Customer terminates under Article 13.1, the Vendor shall refund the amounts paid for services that have not been accepted.
H:Article 14 Force Majeure
P:A party is not liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Kingdom of Morocco.
P:15.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Casablanca International Mediation and Arbitration Centre, seated in Casablanca. The language of arbitration is English.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (statement of work) and Annex 2 (acceptance tests), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two English originals, one for each party, and takes effect on signature.
P:For the Customer: Foshan Mubang Furniture Co., Ltd.    Signature: ____________    Date: ____________
P:For the Vendor: Atlas Nesting Solutions SARL    Signature: ____________    Date: ____________
"""
E02 = """# ORDER FORM No. MLS-HZ-0925

**Supplier:** Medina Learning Systems SARL, Route de Tunis km 4, Sfax, Tunisia ("Supplier")

**Customer:** Hangzhou Qingyu Education Technology Co., Ltd., Binjiang District, Hangzhou, People's Republic of China ("Customer")

This Order Form is placed under, and incorporates, the General Terms set out below. If this Order Form and the General Terms conflict, this Order Form prevails.

## Section 1 Order details

1.1 **Service:** Kalam Campus, a hosted service for course scheduling, student enrolment, attendance, teacher timetables, parent messaging and tuition invoicing, for the Customer's 14 training centres in Hangzhou and Shaoxing.

1.2 **Subscription Term:** two Subscription Years, from 1 October 2025 (the "Subscription Start Date") to 30 September 2027. A "Subscription Year" is the period from 1 October to 30 September.

1.3 **Users and volumes:** up to 260 staff accounts, 9,000 active student records and 60,000 parent messages per month. Higher volumes are charged only if the Customer orders them in writing.

1.4 **Currency:** at the Customer's request all fees are stated, invoiced and paid in Chinese yuan (CNY).

## Section 2 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, first Subscription Year | fixed | 168,000 |
| Subscription Fee, second Subscription Year | fixed | 168,000 |
| Onboarding (configuration, data import, integration with the Customer's WeChat service account, training) | one-time | 46,000 |
| Total fees under this Order Form | | 382,000 |

2.1 Fees are fixed for the Subscription Term and include all taxes.

## Section 3 Invoicing and payment

3.1 On signature of this Order Form, the Supplier invoices the Onboarding fee together with the Subscription Fee for the first Subscription Year, a total of CNY 214,000. The Customer shall pay this invoice within 10 days and in any case before the Subscription Start Date; the Supplier is not obliged to begin onboarding until it is paid.

3.2 The Subscription Fee for the second Subscription Year is invoiced on 1 October 2026 and payable within 30 days.

3.3 Invoices are issued as PRC VAT invoices by the Supplier's appointed invoicing agent in Shanghai.

## Section 4 Onboarding and go-live

4.1 The Supplier shall configure the service for all 14 centres, import the Customer's existing course, student and teacher records, connect parent messaging to the Customer's WeChat service account, and train the Customer's centre managers and administrators.

4.2 Go-live is planned for 1 October 2025. If go-live acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay the Customer CNY 300 for each day of delay, which the Customer may set off against any amount due.

4.3 Go-live acceptance requires that: (a) all imported student records, balances of prepaid lessons and teacher timetables reconcile with the Customer's export; (b) scheduling of a full week for every centre runs without conflict errors; (c) parent messages are delivered to a test group through WeChat; and (d) the Customer's finance staff can issue and reconcile tuition invoices for one centre. The Customer signs a go-live acceptance note when all criteria are met. Using the service before that note is signed is not acceptance.

4.4 If any criterion is not met, the Supplier shall correct the failure and repeat the relevant test within 5 business days, and the Customer shall repeat its review within 3 business days after the Supplier's notice.

4.5 The Supplier shall name an onboarding lead who speaks Chinese and is available during China business hours, and shall give the Customer a weekly written progress report until go-live acceptance.

---

# GENERAL TERMS

## Section 5 The service

5.1 The Supplier shall provide the service in accordance with this Order Form and the documentation, and shall keep the service hosted in data centres located in mainland China, currently the Hangzhou region of its cloud provider.

5.2 The Supplier may improve the service during the Subscription Term but shall not materially reduce its functions.

5.3 The Customer is responsible for the accuracy of the data it enters and for the use of its accounts by its staff.

5.4 Support is available by telephone, e-mail and a ticket portal in Chinese and English, 24 hours a day for Severity 1 incidents and from 08:00 to 20:00 China Standard Time on every day of the week for other requests. Each ticket receives a number, and the Supplier shall keep the Customer informed of progress until it is closed.

5.5 The Supplier shall give the Customer at least 30 days' notice of any change to the service that affects how centres work, and shall provide updated user guides in Chinese before the change.

## Section 6 Service levels

6.1 The service shall be available 99.95% of each calendar month, excluding planned maintenance notified at least 48 hours in advance and carried out between 00:00 and 06:00 China Standard Time.

6.2 Severity 1 means that scheduling, attendance or invoicing is unavailable for all or most centres. The Supplier shall respond to a Severity 1 incident within 30 minutes at any time and restore the service within 6 hours. Severity 2 incidents are responded to within 2 hours during business hours.

6.3 If monthly availability falls below 99.95%, the Customer receives a service credit of 5% of the monthly equivalent of the Subscription Fee for each 0.1 percentage point, or part of it, below that level. If a Severity 1 incident is not restored in time, the Customer receives a further credit of 2% of the monthly equivalent for each additional hour. Credits are deducted from the next invoice or refunded at the end of the Subscription Term.

## Section 7 Customer Data and security

7.1 All data that the Customer or its users enter into the service, including student, parent and teacher personal information, belongs to the Customer. The Supplier processes it only to provide the service to the Customer and for no other purpose.

7.2 The Supplier shall maintain an information security programme that includes: encryption of Customer Data in transit and at rest; multi-factor authentication for all Supplier staff with access; role-based access; logging of all administrative access; daily backups kept in a second mainland China location; and an annual penetration test. The service holds an MLPS level 3 filing.

7.3 The Supplier shall notify the Customer within 24 hours after becoming aware of any incident affecting Customer Data, give the Customer the information it needs to meet its obligations under the Personal Information Protection Law, and bear the costs and losses caused by any incident attributable to the Supplier, including notifications to parents.

7.4 Within 30 days after the end of the Subscription Term the Supplier shall return all Customer Data in a standard format and then delete it, and confirm the deletion in writing.

## Section 8 Intellectual property

8.1 The Supplier owns the service and its software.

8.2 Course templates, report layouts and message templates created for the Customer during onboarding belong to the Customer, which may use, modify and pass them to any other provider.

## Section 9 Liability

9.1 Each party is liable for direct losses caused by its breach of this Order Form or the General Terms.

9.2 The Supplier's total liability is limited to 150% of the total fees under this Order Form. The limit does not apply to breach of Section 7 or to wilful misconduct.

## Section 10 Subcontracting

10.1 The Supplier shall not subcontract the service or any part of the onboarding without the Customer's prior written consent, except for the cloud hosting provider named in Section 5.1. The Supplier remains responsible for its subcontractors.

## Section 11 Term, renewal and termination

11.1 The Order Form ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.

11.2 Either party may terminate for a material breach that is not remedied within 30 days after written notice. If the Customer terminates for the Supplier's breach, the Supplier refunds the prepaid fees for the remaining part of the Subscription Term.

## Section 12 Governing law and disputes

12.1 These terms and the Order Form are governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou.

## Section 13 General

13.1 Notices must be in writing and sent to the addresses in the Order Form.

13.2 Neither party may assign this Order Form without the other's written consent.

13.3 Amendments must be in writing and signed by both parties.

13.4 If any provision of these terms is held invalid, the remaining provisions remain in force, and the parties shall replace the invalid provision with a valid one that is as close as possible to its purpose.

13.5 Neither party is liable for failure caused by events beyond its reasonable control, provided that it informs the other party promptly and resumes performance as soon as possible. Fees are not payable for any period in which the service is unavailable for such a reason.

**For the Customer:** Hangzhou Qingyu Education Technology Co., Ltd. - Name: ____________ Signature: ____________ Date: ____________

**For the Supplier:** Medina Learning Systems SARL - Name: ____________ Signature: ____________ Date: ____________
"""
E03 = """T:SUPPLY AND INSTALLATION CONTRACT - COLD STORE TEMPERATURE MONITORING SYSTEM
P:Contract No. LY-CG-2025-0217
P:Buyer: Zhengzhou Lengyun Cold Chain Logistics Co., Ltd., Hangkong Port District, Zhengzhou, Henan, People's Republic of China (the "Buyer").
P:Supplier: Nile Sense Instruments S.A.E., Borg El Arab Industrial Zone, Alexandria, Arab Republic of Egypt (the "Supplier").
P:The Buyer operates a cold-chain warehouse with eight cold rooms and two loading docks and must record temperatures for food and pharmaceutical customers. After an invitation to bid, the Buyer awarded this contract to the Supplier. This contract is issued on the Buyer's standard terms for equipment purchases.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, server and other items listed in the Price Schedule.
P:1.2 "Software" means the ColdTrace monitoring software licensed under clause 7.
P:1.3 "System" means the Equipment and Software installed, configured and calibrated at the Site.
P:1.4 "Site" means the Buyer's warehouse at No. 16 Yingbin Road, Hangkong Port District, Zhengzhou.
P:1.5 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.4.
H:2. Scope of supply
P:2.1 The Supplier shall supply, deliver to the Site, install, calibrate and commission the System, and train the Buyer's staff.
P:2.2 The System shall record the temperature and humidity of every monitored point at intervals of one minute, send alarms by SMS and WeChat when a limit is exceeded, and produce audit-ready reports for the Buyer's customers and for inspections under GSP rules.
P:2.3 The Supplier shall supply all mounting materials, cables and tools needed for installation. The Buyer provides power outlets and network ports at the locations agreed in the installation drawing.
P:2.4 The Supplier shall supply, in Chinese and English, the user manual, administrator manual, calibration certificates for every sensor traceable to a national metrology institute, the as-built drawing with the position and identifier of every sensor, and a list of recommended spare parts with prices.
P:2.5 All Equipment shall be new, of current production, and bear the markings required for sale in China. Radio equipment shall hold the SRRC type approval and the gateways shall hold network access licences where required.
H:3. Price
P:3.1 At the Buyer's request, all prices are in Chinese yuan (CNY). The Contract Price is CNY 1,110,000, fixed, including delivery to Site (DAP Zhengzhou), import duties, taxes, installation and training, as set out in the Price Schedule:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, calibrated, with certificates|420|1,150|483,000
TB:2|LoRa gateways with 4G backup|36|6,800|244,800
TB:3|Monitoring server with redundant disks and UPS|1|86,000|86,000
TB:4|ColdTrace monitoring software, perpetual licence, unlimited users|1|158,000|158,000
TB:Hardware and Licence Subtotal||||971,800
TB:5|Installation, calibration and commissioning|1|118,200|118,200
TB:6|Training of operators and IT staff|1|20,000|20,000
TB:Contract Price||||1,110,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 111,000) as an advance within 20 days after signature, against the Supplier's invoice.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 610,500) within 20 days after all Equipment has been delivered and installed and the Buyer has signed the installation record. The installation record confirms quantities and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 388,500) within 20 days after Final Acceptance.
P:4.4 The Supplier shall issue a PRC VAT invoice through its local agent for each payment.
H:5. Delivery, testing and acceptance
P:5.1 The Supplier shall pack the Equipment for sea and road transport, mark each package with the contract number and the cold room where it will be installed, and notify the Buyer of the shipment date and expected arrival at least 10 days in advance.
P:5.2 The Supplier shall deliver all Equipment within 50 days and complete installation within 75 days after signature.
P:5.3 Acceptance tests: (a) every sensor reports to the server and is shown on the correct cold-room map; (b) a comparison with the Buyer's reference thermometer shows a deviation within 0.3 degrees Celsius at three test points in every cold room; (c) an alarm triggered in each cold room reaches the named staff by SMS and WeChat within 60 seconds; (d) the System continues to record when the main network is cut, using the 4G backup and local buffering; and (e) the audit report for a test period matches the raw data.
P:5.4 After the tests are passed, the System runs for 21 days without a Severity 1 incident. The Buyer then signs the Final Acceptance certificate. Delivery, installation, use of the System or any payment is not acceptance.
P:5.5 If any test fails, the Supplier shall correct the defect at its own cost and repeat the test within 7 days. If the System fails the tests a second time, the Buyer may terminate under clause 12.
P:5.6 If the Supplier fails to meet the delivery or installation date, it shall pay the Buyer 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:6. Warranty and support
P:6.1 The Supplier warrants the System for 36 months after Final Acceptance. During this period it shall repair or replace any defective item free of charge, including parts, labour and travel, and recalibrate sensors once in each warranty year.
P:6.2 Severity 1 means that monitoring of any cold room has stopped or alarms are not sent. The Supplier shall respond to a Severity 1 incident within 30 minutes, 24 hours a day, and restore monitoring within 8 hours, if needed by replacement sensors or gateways kept in a spare-parts stock at the Site. Severity 2 incidents are answered within 2 hours.
P:6.3 For each hour by which the Supplier exceeds the Severity 1 response or restoration time, the Supplier shall pay CNY 800, deductible from any amount due.
P:6.4 After the warranty period, the Buyer may order annual support, including recalibration, replacement of failed items and software updates, at 7% of the Hardware and Licence Subtotal, that is CNY 68,026 per support year. This price is fixed for two support years after the warranty period and any later change requires the Buyer's written agreement. Support is ordered by a separate purchase order each support year.
H:7. Software licence and intellectual property
P:7.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Site and for the Buyer's customer reports.
P:7.2 Dashboards, report formats and alarm rules configured for the Buyer belong to the Buyer, which may use and modify them freely.
H:8. Buyer data and security
P:8.1 All temperature records, alarm logs, customer and product information in the System belong to the Buyer. The Supplier shall use them only to perform this contract.
P:8.2 The server is installed at the Site. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. The Supplier shall not copy Buyer data outside the Site, except as instructed by the Buyer for a specific support case.
P:8.3 The Supplier shall report any security incident within 12 hours and is liable for losses caused by incidents attributable to it.
P:8.4 Any item replaced under warranty that stores Buyer data shall remain with the Buyer or be wiped in the Buyer's presence before it leaves the Site.
H:9. Confidentiality
P:Each party shall keep the other party's non-public information confidential and use it only for this contract, during the contract and for three years after it ends.
H:10. Liability
P:The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:11. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Supplier has proposed Zhengzhou Hengtong Electrical Installation Co., Ltd. for cabling; this proposal is approved by the Buyer's signature of this contract.
H:12. Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the delay damages reach their maximum. On such termination the Supplier shall refund the amounts paid for items that have not passed acceptance and remove them from the Site at its own cost, and the Buyer may recover the additional cost of buying a replacement system from another supplier.
H:13. Governing law and disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
H:14. General
P:Amendments to this contract must be in writing and signed by both parties. Notices shall be sent to the addresses above by courier or e-mail to the named project managers. Neither party is liable for failure caused by force majeure if it gives prompt notice and limits the effect.
P:Annex 1: installation drawing. Annex 2: acceptance test plan. The contract is made in two English originals with a Chinese translation for reference.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""
E04 = """# MANAGED INFRASTRUCTURE SERVICES AGREEMENT

**Agreement No.** ONO-YW-2025-03

**Between** Yiwu Huacai Commodities Trading Co., Ltd., Futian Street, Yiwu, Zhejiang, People's Republic of China (the "Customer")

**and** Oran NetOps SARL, Boulevard de l'ALN, Oran, People's Democratic Republic of Algeria (the "Provider").

The Customer runs its order-management, warehouse and e-commerce systems on servers and network equipment in its own server room in Yiwu and in a rented rack in Hangzhou. The Provider operates a network operations centre that monitors and manages such infrastructure around the clock. The Customer wishes to outsource the monitoring and day-to-day management of this infrastructure to the Provider on the terms below.

## 1. DEFINITIONS

1.1 "Managed Estate" means the servers, virtualisation hosts, storage, firewalls, switches and backup appliances listed in Schedule 1.

1.2 "Service Commencement Date" means the date on which the Customer signs the service acceptance note under clause 4.3.

1.3 "Initial Term" means the period from 1 October 2025 to 30 September 2028.

1.4 "Incident" means an unplanned interruption to, or reduction in the quality of, any part of the Managed Estate.

## 2. SERVICES

2.1 The Provider shall monitor the Managed Estate 24 hours a day through its monitoring platform, respond to alerts and Incidents, apply patches and firmware updates in agreed maintenance windows, manage backups and test restores every month, manage firewall rule changes requested by the Customer, and provide a monthly service report.

2.2 Work that requires hands on the equipment is carried out by the Customer's on-site IT staff under the direction of the Provider's engineers, or by a local partner approved under clause 9.

2.3 The Provider shall assign a named service manager, who speaks Chinese, as the Customer's main contact and who shall attend a monthly service review by video conference.

2.4 The monthly service report shows, for the previous month, every Incident with its priority, response and restoration times, the changes made, the patches applied, the results of backups and test restores, capacity trends for storage and network links, and recommendations. The Customer shall comment on the report within 5 business days; the agreed report is the basis for any service credits.

## 3. CHARGES AND PAYMENT

3.1 At the Customer's request all charges are in Chinese yuan (CNY). The charges are set out in Schedule 2: a one-time onboarding charge of CNY 58,000 and a monthly service charge of CNY 42,500 for the Initial Term. The total contract value over the Initial Term is CNY 1,588,000.

3.2 The onboarding charge is invoiced after the Service Commencement Date. The monthly service charge is invoiced monthly in arrears. No charge is payable in advance.

3.3 The Customer shall pay each correct invoice within 30 days. Service credits under Schedule 3 are deducted from the next invoice.

3.4 Invoices shall be PRC VAT invoices issued through the Provider's invoicing agent in Hangzhou. The charges are fixed for the Initial Term and include all taxes and the Provider's travel costs.

## 4. ONBOARDING AND SERVICE ACCEPTANCE

4.1 The Provider shall complete onboarding by 30 September 2025. Onboarding includes discovery of the Managed Estate, installation of monitoring agents and collectors, configuration of alert thresholds, creation of runbooks for each system, and a connection between the Provider's ticketing system and the Customer's helpdesk.

4.2 The Provider shall show, in a test attended by the Customer: (a) that every item in Schedule 1 is monitored and appears on the dashboard; (b) that simulated failures of a server, a switch and a backup job each raise a ticket and a telephone call to the Provider's engineer within 5 minutes; (c) a successful test restore of the order-management database; and (d) complete runbooks approved by the Customer's IT manager.

4.3 When the test is passed, the Customer signs a service acceptance note. Monitoring that starts before the note is signed does not count as acceptance.

4.4 If the Service Commencement Date is later than 30 September 2025 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay.

## 5. SERVICE LEVELS

5.1 The Provider shall meet the service levels in Schedule 3. The monitoring platform shall be available 99.95% of each month.

5.2 Priority 1 means an Incident that stops order-taking, warehouse dispatch or the online shop. The Provider shall respond to a Priority 1 Incident within 15 minutes and work on it continuously until service is restored.

5.3 If a service level is missed, the Provider shall give the Customer the service credits set out in Schedule 3. The Provider shall also give a written root-cause report for every Priority 1 Incident within 3 business days.

5.4 Planned maintenance is carried out between 23:00 and 05:00 China Standard Time on dates agreed with the Customer at least 3 business days in advance, and never in the two weeks before the Customer's seasonal trade fairs notified to the Provider.

## 6. CUSTOMER DATA

6.1 All data stored on or passing through the Managed Estate, and all logs, configuration files and reports produced in the service, are Customer Data and belong to the Customer.

6.2 The Provider shall use Customer Data only to provide the services and shall return all Customer Data in its possession at the end of this Agreement.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including passwords, network diagrams and prices, and shall not disclose it to any third party without the other party's prior written consent.

7.2 This clause continues for three years after the end of this Agreement.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider retains its monitoring platform, tools and general know-how.

8.2 Runbooks, scripts, configurations and reports prepared for the Customer belong to the Customer, which may use and modify them freely and give them to any successor provider.

## 9. SUBCONTRACTING

The Provider shall not subcontract any part of the services without the Customer's prior written consent. The Provider remains responsible for every subcontractor.

## 10. LIABILITY

10.1 Each party is liable for direct losses caused by its breach of this Agreement.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total contract value, except for wilful misconduct and personal injury.

## 11. TERM AND END OF AGREEMENT

11.1 This Agreement starts on signature and continues until the end of the Initial Term. It does not renew automatically; the parties may extend it by written agreement.

11.2 Neither party may terminate this Agreement before the end of the Initial Term, except by written agreement of both parties. If the Provider fails to meet its obligations, the Customer's remedies are the service credits under Schedule 3 and damages under clause 10.

11.3 At the end of this Agreement the Provider shall give reasonable help for up to 60 days to transfer the services to the Customer or a successor provider, charged at the daily rates in Schedule 2.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai.

## 13. GENERAL

13.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it informs the other party promptly.

13.2 Amendments must be in writing and signed by both parties. Notices are sent to the addresses above.

## SCHEDULE 1 - MANAGED ESTATE

| Location | Items | Quantity |
|---|---|---|
| Yiwu server room | physical servers and virtualisation hosts | 14 |
| Yiwu server room | storage arrays | 2 |
| Yiwu server room | firewalls and core switches | 6 |
| Hangzhou rack | servers | 5 |
| Hangzhou rack | backup appliance | 1 |
| Warehouses and office | access switches and wireless controllers | 22 |

## SCHEDULE 2 - CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding | one-time, after Service Commencement Date | 58,000 |
| Monthly service charge | per month, in arrears, 36 months | 42,500 |
| Total contract value | Initial Term | 1,588,000 |
| Exit assistance | per engineer day, if requested | 3,200 |

## SCHEDULE 3 - SERVICE LEVELS AND CREDITS

| Measure | Target | Service credit if missed |
|---|---|---|
| Priority 1 response | 15 minutes | 3% of the monthly service charge per Incident |
| Priority 1 restoration | 6 hours | 5% of the monthly service charge for each further 2 hours |
| Priority 2 response | 1 hour | 1% of the monthly service charge per Incident |
| Monitoring platform availability | 99.95% per month | 5% of the monthly service charge |
| Successful monthly test restore | every month | 2% of the monthly service charge |

Total service credits in any month shall not exceed 25% of the monthly service charge.

**For the Customer:** ____________________ **For the Provider:** ____________________
"""
E05 = """DATA SUBSCRIPTION AGREEMENT - FISHTRACE API

Agreement No. BAD-QD-2025-11

CUSTOMER: Qingdao Haiyue Aquatic Products Import and Export Co., Ltd., Shinan District, Qingdao, Shandong, People's Republic of China (the "Customer").

PROVIDER: Banc d'Arguin Data SARL, Avenue Maritime, Nouadhibou, Islamic Republic of Mauritania (the "Provider").

BACKGROUND

The Customer imports frozen fish and cephalopods from West Africa and must check, before each purchase, that the catch was landed by a licensed vessel and that the catch and health certificates are valid. The Provider collects landing, vessel licence and certificate data from public registers and port authorities in Mauritania, Senegal and Morocco and offers it through the FishTrace API. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means the FishTrace application programming interface and its documentation.

1.2 "Provider Data" means the landing records, vessel licence records, certificate status records and other data supplied through the API.

1.3 "Customer Data" means the purchase references, vessel watch-lists, supplier names, uploaded certificate images and query logs that the Customer sends to or creates in the API.

1.4 "Subscription Year" means each period from 1 November to 31 October during the Term.

1.5 "Onboarding Acceptance" means the Customer's written confirmation under clause 5.3.

2. SUBSCRIPTION AND TERM

2.1 The Provider grants the Customer a non-exclusive, non-transferable right to access the API and to use Provider Data for its own purchasing, compliance and customs purposes, including sharing results with Chinese customs and its own customers.

2.2 The Term runs from 1 November 2025 to 31 October 2028, three Subscription Years. This Agreement does not renew automatically. The parties may agree a renewal in writing before the end of the Term.

2.3 The subscription includes up to 400,000 API calls in each Subscription Year, access for 20 named users to the web console, and daily updates of landing and certificate status data.

2.4 For each landing the API gives, where the source provides it: the vessel name, flag, registration and licence number; the licence type and validity; the port and date of landing; the species and declared weight; the catch certificate number and its status; and the health certificate number, issuing authority and status. The web console allows searches by vessel, certificate or supplier and exports of search results.

2.5 The Customer shall not resell Provider Data or use it to build a competing database, and shall keep its API keys secure.

3. FEES

3.1 At the Customer's request all fees are in Chinese yuan (CNY) and include all taxes.

3.2 The Subscription Fee is CNY 96,000 for each Subscription Year, CNY 288,000 for the Term. The one-time Onboarding Fee, for integration with the Customer's purchase system and loading of its vessel watch-list and supplier history, is CNY 24,000. The total contract price is CNY 312,000.

3.3 Calls above the included volume are charged at CNY 0.20 per call, invoiced at the end of the Subscription Year. The Provider shall warn the Customer when 80% of the included volume has been used.

3.4 The fees are fixed for the Term.

4. PAYMENT

4.1 The Onboarding Fee is invoiced after Onboarding Acceptance.

4.2 The Subscription Fee is invoiced quarterly in arrears, CNY 24,000 for each quarter, after the end of the quarter.

4.3 The Customer shall pay each correct invoice within 30 days by bank transfer. The Provider shall issue invoices through its invoicing agent in Qingdao. No fee is payable before the service starts.

5. ONBOARDING AND ACCEPTANCE

5.1 The Provider shall deliver the onboarding services by 15 December 2025: an adapter that connects the Customer's purchase system to the API, the loading of the Customer's vessel watch-list and supplier history, and training for the Customer's purchasing and compliance staff.

5.2 If Onboarding Acceptance is delayed beyond 15 December 2025 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 250 for each day of delay, which may be deducted from the next invoice.

5.3 Acceptance tests: (a) the adapter retrieves vessel licence and certificate status for a test list of 200 past purchases and the results match the Customer's manual checks; (b) a purchase order for a vessel without a valid licence is flagged in the purchase system; (c) certificate images uploaded by the Customer are stored and retrievable; and (d) the adapter handles API errors without stopping the purchase system. When all tests are passed, the Customer signs an acceptance note. Use of the API before that note is signed is not acceptance.

5.4 If a test fails, the Provider shall correct the problem and repeat the test within 10 days at its own cost. The Customer shall provide a test environment of its purchase system, the test list and a contact person for the tests.

6. AVAILABILITY AND SUPPORT

6.1 The Provider will use commercially reasonable efforts to keep the API available and to update Provider Data daily. The Provider may suspend the API for maintenance and will try to give notice of planned maintenance in advance.

6.2 Support is provided by e-mail and through the web console during the Provider's business hours. The Provider will respond to support requests as soon as reasonably practicable, giving priority to problems that prevent the Customer from using the API.

6.3 The Provider does not warrant that Provider Data is complete, because it depends on public registers and port authorities, but it shall correct any error it is told about and show the date and source of each record.

6.4 The Provider shall give the Customer at least 60 days' notice of any change to the API that would require changes to the adapter, and shall keep the previous version available until the end of that notice period.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider uses Customer Data only to provide the API and onboarding services to the Customer and for no other purpose.

7.2 The Provider shall protect Customer Data by encryption in transit and at rest, access limited to named staff with multi-factor authentication, logging of all access, and regular backups. Customer Data is stored in a data centre selected by the Provider; the Provider shall tell the Customer its location and meet the requirements of PRC law on the transfer of data abroad, including signing the standard contract where required.

7.3 The Provider shall notify the Customer within 24 hours of any incident affecting Customer Data, take steps to contain it, and bear the losses caused by any incident attributable to the Provider or its subcontractors.

7.4 At the end of the Term the Provider shall return Customer Data in a standard format and then delete it.

8. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including the Customer's suppliers, purchase volumes and prices, and shall not disclose it to any third party without prior written consent, during the Term and for three years after it.

9. INTELLECTUAL PROPERTY

9.1 The Provider owns the API and the Provider Data as a compilation.

9.2 The adapter and any other work made for the Customer in the onboarding services belong to the Customer, which may use, modify and license them freely. The Provider shall deliver the adapter's source code on Onboarding Acceptance.

10. SUBCONTRACTORS

10.1 The Provider may engage subcontractors, hosting providers and local data-collection agents at its discretion to perform this Agreement. The Provider will inform the Customer by e-mail of any subcontractor that processes Customer Data.

10.2 The Provider remains responsible for the work of its subcontractors.

11. LIABILITY

The total liability of each party under this Agreement is limited to twice the total contract price, except for breach of clauses 7 and 8, wilful misconduct and the Customer's payment obligations.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 If the Customer terminates for the Provider's breach, the Provider shall refund any fees paid for the period after termination and return Customer Data.

12.3 Either party may also terminate if the other becomes insolvent or stops carrying on business. On any termination the Customer keeps the results it has already retrieved and may continue to use them for its records and for customs purposes.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.

14. GENERAL

14.1 Neither party is liable for failure caused by events beyond its reasonable control, provided it informs the other party promptly.

14.2 Amendments must be in writing and signed by both parties. Notices are sent by courier or e-mail to the addresses and contacts named in the onboarding plan.

14.3 Neither party may assign this Agreement without the other's written consent. This Agreement is made in English; a Chinese translation is provided for convenience only.

SIGNED for the Customer: ____________________ Date: ____________

SIGNED for the Provider: ____________________ Date: ____________
"""

FILES = {
    "z01": ("h482z01_stats_bureau_census_data_platform.pdf", "zh", "pdf", Z01),
    "z02": ("h482z02_glass_works_annealing_lehr_control_retrofit.docx", "zh", "docx", Z02),
    "z03": ("h482z03_tea_chain_pos_membership_saas.txt", "zh", "txt", Z03),
    "z04": ("h482z04_social_insurance_system_annual_om.txt", "zh", "txt", Z04),
    "z05": ("h482z05_vermicelli_factory_mes_wms_supplier_template.md", "zh", "md", Z05),
    "e01": ("h482e01_panel_nesting_licence_morocco_vendor.pdf", "en", "pdf", E01),
    "e02": ("h482e02_training_school_saas_order_form_tunisia_vendor.md", "en", "md", E02),
    "e03": ("h482e03_cold_store_sensors_egypt_vendor.docx", "en", "docx", E03),
    "e04": ("h482e04_managed_infrastructure_algeria_vendor.md", "en", "md", E04),
    "e05": ("h482e05_fisheries_data_api_mauritania_vendor.txt", "en", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

G, S = "goods_or_licence", "service"
# key: category, terms (in TERM_KEYS order), extra (sla_clause, ld_stated, post_warranty_fee_capped|None, deemed, value)
LABELS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 10, False, True,
                         False, "PRC", G], (True, True, True, False, 2520000)),
    "z02": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True,
                         True, "PRC", G], (True, True, True, False, 1980000)),
    "z03": ("cloud", [99.5, 0.25, True, "buyer", True, True, True, 500 / 596000 * 100, 200, None, True, None, None, None,
                      True, True, False, "PRC", S], (True, True, None, False, 596000)),
    "z04": ("services", [99.95, 0.25, True, "buyer", True, True, True, 0.02, 50, None, True, None, None, None, False, True,
                         False, "PRC", S], (True, True, None, False, 1368000)),
    "z05": ("software", [None, 8, False, "supplier", True, False, True, None, 20, 65, False, False, 6, 22, False, True,
                         None, None, G], (True, False, True, True, 900000)),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                         "Morocco", G], (True, True, True, False, 1250000)),
    "e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, False, 300 / 382000 * 100, 150, 214000 / 382000 * 100, True,
                      None, None, None, False, True, False, "PRC", S], (True, True, None, False, 382000)),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 7, False, True, False,
                         "PRC", G], (True, True, True, False, 1110000)),
    "e04": ("services", [99.95, 0.25, True, "buyer", False, True, True, 1200 / 1588000 * 100, 150, None, True, None, None,
                         None, False, False, False, "PRC", S], (True, True, None, False, 1588000)),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, 250 / 312000 * 100, 200, None, True, None, None, None,
                      False, True, True, "PRC", S], (False, True, None, False, 312000)),
}
# forum outside mainland China (only e01: CIMAC, Casablanca); used by derive_rules, not a label key
FORUM_OUTSIDE = {"e01"}
# TCO inputs for goods/licence drafts: (itemised licence/hardware fee base, annual post-warranty fee, purchase = value)
TCO = {"z01": (1280000, 128000), "z02": (1580000, 126400), "z05": (720000, 158400), "e01": (936000, 102960),
       "e03": (971800, 68026)}

DESIGN = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "z03": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-LIABILITY-CAP"],
    "e02": ["CR-CONFIDENTIALITY", "CR-PREPAYMENT"],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(key, value, warranty_months, horizon=5):
    base, fee = TCO[key]
    post_years = max(0.0, horizon - warranty_months / 12)
    service = post_years * fee
    return service / (value + service) * 100


def label(key):
    cat, terms, (sla, ld_stated, capped, deemed, value) = LABELS[key]
    t = dict(zip(TERM_KEYS, terms))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": FILES[key][0], "language": FILES[key][1], "category": cat, "expected_terms": t,
            "expected_extra": extra}


def derive_rules(key, lab):
    """My reading of policy.md §3 applied to a label."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:  # "above 4 hours, or unstated"
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"]) or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"]:
            if tco_share(key, x["contract_value"], t["warranty_months"] or 0) > 40:
                r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


# ---- threshold figures: never in any text (digits, Chinese numerals, words) ----
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_PATTERNS = [
    NUM + r"99\.90*(?!\d)",
    NUM + r"4\s*(?:个)?\s*(?:小时|hours?|hrs?\b)", r"(?<![十])四\s*个?\s*小时", r"four\s*-?\s*hours?",
    NUM + r"240\s*(?:分钟|minutes?)",
    NUM + r"0\.050*" + PCT, r"万分之五(?![十百千])",
    NUM + r"100(?:\.0+)?" + PCT, r"百分之百", r"百分之一百(?![零一二三四五六七八九十])",
    NUM + r"30(?:\.0+)?" + PCT, r"百分之三十(?![一二三四五六七八九])", r"三成",
    NUM + r"12\s*(?:个)?\s*月", r"十二\s*个?\s*月", r"twelve\s*-?\s*(?:calendar\s*)?months?",
    NUM + r"12\s*-?\s*(?:calendar\s*)?months?", r"一年", r"one\s*-?\s*years?",
    NUM + r"15(?:\.0+)?" + PCT, r"百分之十五(?![一二三四五六七八九])",
    NUM + r"40(?:\.0+)?" + PCT, r"百分之四十(?![一二三四五六七八九])", r"四成",
    NUM + r"5\s*(?:个)?\s*年(?!度)", r"五\s*年", r"five\s*-?\s*years?", NUM + r"60\s*(?:个)?\s*(?:月|months?)",
    r"六十\s*个?\s*月", r"sixty\s*months",
]
THRESHOLD_RE = [re.compile(p, re.I) for p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.90 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "240 minutes", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "12 个月", "十二个月",
            "twelve months", "12 months", "一年", "one year", "15%", "15 per cent", "40%", "四成", "5年", "5 年", "五年",
            "five years", "60 months", "60个月", "within 4 hours", "百分之四十", "百分之十五"]
MUST_MISS = ["24小时", "24 hours", "二十四小时", "99.95%", "115%", "0.15%", "150%", "2025年", "2025 年", "万分之五十",
             "服务年度", "14 hours", "0.5%", "25%", "45%", "35%", "1,150", "2 hours", "400,000", "0.055%", "4G backup",
             "Subscription Year", "百分之三十五", "120 months", "1,100%", "36个月", "三十六个月", "二十四个月"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESHOLD_RE:
            hits += [m.group(0) for m in rx.finditer(variant)]
    return hits


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        parts += ["\t".join(c.text for c in row.cells) for tb in d.tables for row in tb.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(key, text):
    return len(text) if FILES[key][1] == "zh" else len(text.split())


RANGES = {"zh": (2750, 3000), "en": (1450, 1650)}

if __name__ == "__main__":
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    sources = {k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    targets = {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)

    covered = set()
    report = []
    for k, (name, lang, fmt, src) in FILES.items():
        lab = label(k)
        rules = derive_rules(k, lab)
        assert rules == sorted(DESIGN[k]), (k, rules, DESIGN[k])
        lab["expected_rules"] = rules
        covered |= set(rules)
        t, x = lab["expected_terms"], lab["expected_extra"]
        # no value on a threshold
        assert t["availability_pct"] != 99.9 and t["p1_response_hours"] != 4 and t["ld_rate_per_day_pct"] != 0.05
        assert t["liability_cap_pct"] != 100 and t["prepayment_pct"] != 30 and t["warranty_months"] != 12
        assert t["post_warranty_fee_pct"] != 15
        share = None
        if k in TCO:
            share = tco_share(k, x["contract_value"], t["warranty_months"] or 0)
            assert abs(share - 40) > 2, (k, share)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        n = measure(k, text)
        lo, hi = RANGES[lang]
        hits = threshold_hits(text) + threshold_hits(src)
        if fmt in ("docx", "pdf"):
            hits += threshold_hits("\n".join(l.partition(":")[2] for l in src.splitlines()))
        assert not hits, (k, hits)
        report.append((name, lang, n, len(re.sub(r"\s", "", text)), rules, risk(rules), share))
    for row in report:
        print(row)
    bad = [r[:3] for r in report if not RANGES[r[1]][0] <= r[2] <= RANGES[r[1]][1]]
    assert not bad, bad
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered; no threshold figure found")
