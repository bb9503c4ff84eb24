"""holdout524: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py   (in this folder). Writes only into this folder.
Sources are kept below; .docx/.pdf are built with ../word_pdf.py (write(..., wrap_words=True)).
"""
import json
import re
import sys
from pathlib import Path

sys.dont_write_bytecode = True
OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01 (pdf, 第X条) 商务局 外贸企业服务平台, 政府采购, buyer's paper
H524Z01 = """T:江陵市商务局外贸企业综合服务平台建设项目政府采购合同
P:合同编号：JLSW-ZC-2025-017　　采购方式：公开招标　　项目编号：JLCG2025-GK-0342
P:甲方（采购人）：江陵市商务局　　地址：江陵市政务服务中心B座
P:乙方（供应商）：杭州云帆数智科技有限公司　　地址：杭州市滨江区江南大道
P:鉴于甲方为服务本市外贸企业开展通关、信保、出口退税咨询和境外展会对接，经公开招标确定乙方为本项目中标供应商。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供"外贸通"企业服务平台软件许可（永久使用许可，含企业门户、政策库、服务工单、统计分析四个模块），并按甲方需求完成定制开发：企业服务专区、出口信用保险数据对接、外贸运行监测数据驾驶舱，以及与本市政务服务网统一身份认证的对接。
P:1.2 乙方负责平台在甲方政务云资源上的部署、联调、数据初始化、试运行和培训，确保平台于合同签订后一百二十日内具备上线条件。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰陆拾万元整（¥1,600,000.00），为含税固定总价，包括软件许可、定制开发、部署实施、培训、质保期内服务及税费。价格明细如下：
P:序号  项目  金额（元）
P:1  平台软件许可（四个标准模块，永久许可）  860,000
P:2  定制开发（企业服务专区、信保数据对接、数据驾驶舱、统一身份认证对接）  620,000
P:3  部署实施及数据初始化  94,000
P:4  培训（管理员及窗口人员，共6期）  26,000
P:合计  1,600,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的合法发票后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币320,000元。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%，即人民币720,000元。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%，即人民币560,000元。
P:3.4 甲方按财政国库集中支付程序付款，因财政审批程序造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后六十日内完成需求确认和标准模块部署，一百二十日内完成定制开发并提交初步验收，初验后连续试运行九十日。
P:4.2 乙方交付物包括：平台软件安装介质及许可文件、定制开发部分的源代码及编译说明、接口文档、数据库设计文档、部署手册、用户手册和培训材料。
H:第五条 验收
P:5.1 初步验收标准：全部功能与招标文件技术需求逐项符合；信保数据对接连续7日无差错；在500个并发用户下，常用页面响应时间不超过2秒；通过甲方委托的第三方安全测评且无高危漏洞。
P:5.2 最终验收标准：试运行期内未发生一级故障；二级故障均在约定时间内修复；交付物齐全；甲方组织专家评审并出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术支持和每季度一次巡检。
P:6.2 服务水平：平台月度可用率不低于99.95%（计划内维护除外，维护应提前三个工作日告知甲方）。一级故障（平台整体不可用或数据对接中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:6.3 乙方未达到前款服务水平的，每超时1小时向甲方支付人民币800元；月度可用率每低于约定值0.01个百分点，向甲方支付人民币500元，甲方可从应付款中直接扣除。
P:6.4 质保期满后，如甲方需要，乙方按每年人民币86,000元（即平台软件许可费的10%）提供维护服务，该价格在质保期满后三个服务年度内不得上调。
H:第七条 知识产权
P:7.1 平台标准模块的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 为本项目定制开发的程序、源代码、接口、数据驾驶舱及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和部署。乙方保证交付物不侵犯第三方合法权益。
H:第八条 数据安全
P:8.1 平台中的企业信息、服务记录、统计数据等全部数据归甲方所有。乙方仅为履行本合同接触上述数据，不得用于本合同以外的任何目的，不得向任何第三方提供。
P:8.2 乙方应遵守《中华人民共和国数据安全法》《中华人民共和国个人信息保护法》及网络安全等级保护要求，落实访问控制、加密传输、操作审计等措施；运维访问须经甲方堡垒机并留存日志。
P:8.3 发生数据泄露或安全事件的，乙方应在2小时内报告甲方并立即采取补救措施。因乙方原因导致的数据安全事件，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第九条 保密
P:乙方对履行本合同知悉的甲方工作秘密、企业商业信息和其他非公开信息负有保密义务，未经甲方书面同意不得披露。保密义务在本合同终止后继续有效。
H:第十条 分包
P:乙方可将培训组织、数据录入等非主体、非关键性工作分包给第三方，但应提前以书面形式通知甲方。乙方对分包方的工作承担全部责任。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定的时间提交初步验收或完成最终验收的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:11.2 乙方逾期超过六十日，或交付的平台经两次验收仍不合格的，甲方有权解除合同，乙方应退还甲方已付款项并赔偿甲方损失。
P:11.3 乙方违反第七条、第八条、第九条约定的，应赔偿甲方因此遭受的全部损失。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 乙方应指定具有高级项目经理资格的项目负责人，未经甲方同意不得更换；乙方派驻人员应遵守甲方办公场所管理和政务网络安全管理规定。
P:14.2 因不可抗力不能履行合同的，受影响一方应及时通知对方并在十日内提供证明，双方协商延长履行期限。
P:14.3 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件、中标通知书为本合同组成部分。
P:甲方（盖章）：江陵市商务局　　　　乙方（盖章）：杭州云帆数智科技有限公司
P:法定代表人或授权代表：　　　　　　法定代表人或授权代表：
P:签订日期：2025年6月18日
"""

# ---------------------------------------------------------------------------------------------------------------
# z02 (docx, 一、/（一）, Word price table) 化工厂 反应釜 DCS 改造 + 维保
H524Z02 = """T:聚源化工有限公司反应釜DCS控制系统改造及维保合同
P:合同编号：JY-SB-2025-0619
P:甲方（买方）：江苏聚源化工有限公司（住所：江苏省泰兴市经济开发区）
P:乙方（卖方）：南京中控恒信自动化工程有限公司（住所：南京市江宁区）
P:为提高甲方二车间12台反应釜的自动化控制和安全联锁水平，甲方委托乙方对原有常规仪表控制系统实施DCS改造，并提供质保及维保服务。双方经协商一致，订立本合同，共同遵守。
H:一、改造范围
P:（一）乙方负责供应DCS控制器、I/O卡件、操作站、工程师站、系统软件许可、控制网络及工控安全设备，完成12台反应釜温度、压力、加料和搅拌回路的控制组态，以及与现有SIS系统的通讯对接。
P:（二）乙方负责安装、接线检查、回路测试、停车切换、开车保运和培训，并提交控制逻辑说明、组态备份、I/O清单和竣工图纸。
P:（三）改造须在甲方年度停车检修期内完成切换，停车切换时间不超过10日。
H:二、合同价格
P:（一）本合同总价为人民币贰佰零陆万贰仟元整（¥2,062,000），含设备、软件、实施、运输、保险、税费及质保期内服务。分项价格如下表：
TB:序号|名称|数量|金额（元）
TB:1|DCS控制器及I/O卡件（冗余配置）|6套|968,000
TB:2|操作站、工程师站及显示器|8台|214,000
TB:3|DCS系统软件许可（组态、监控、历史数据）|1套|298,000
TB:4|控制网络交换机及工控防火墙|1批|156,000
TB:|软硬件小计||1,636,000
TB:5|控制组态及改造实施||312,000
TB:6|停车切换及开车保运||96,000
TB:7|操作及维护培训||18,000
TB:|合同总价||2,062,000
H:三、付款方式
P:（一）合同生效后十个工作日内，甲方支付合同总价的10%作为预付款，即206,200元，乙方须同时提交等额银行预付款保函。
P:（二）设备到货、安装完成并经甲方清点签收后，甲方支付合同总价的55%，即1,134,100元。到货签收不视为验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，即721,700元。
H:四、交货与工期
P:（一）乙方应于合同生效后七十五日内将全部设备运抵甲方现场，并在甲方通知的停车检修期内完成切换。
P:（二）乙方现场作业应遵守甲方危险化学品企业安全管理制度，办理动火、受限空间等作业票证。
P:（三）乙方应在发货前组织出厂测试（FAT），邀请甲方派员参加，出厂测试内容包括硬件配置检查、组态逻辑仿真和冗余切换测试，测试记录作为验收资料的组成部分。设备到货后双方共同开箱检验，数量、型号或外观不符的，乙方应在十日内补齐或更换。
H:五、验收
P:（一）验收标准：全部I/O点回路测试正确率为零差错；控制回路投自动率不低于95%；联锁逻辑按甲方确认的因果表逐项测试通过；与SIS通讯稳定；系统连续带负荷运行30日无一级故障。
P:（二）双方共同按上述标准进行验收并签署最终验收证书。系统投入运行或甲方付款不视为验收合格。
H:六、质保与维保
P:（一）质保期为三十六个月，自最终验收合格之日起计算，期内乙方免费更换故障部件、修复软件缺陷并每半年巡检一次。
P:（二）服务水平：DCS系统年度可用率不低于99.5%。一级故障（控制器失效、操作站全部黑屏或联锁误动作）乙方应在30分钟内响应，6小时内到达现场；二级故障2小时内响应，48小时内处理完毕。
P:（三）乙方响应或到场超时的，每超时1小时支付违约金1,000元；年度可用率未达到约定值的，按软硬件小计的0.5%向甲方支付补偿。
P:（四）质保期满后的维保服务费为每年130,880元（即软硬件小计的8%），质保期满后三个服务年度内保持不变。
H:七、知识产权
P:（一）DCS系统软件及嵌入式软件的知识产权归原权利人所有，乙方保证甲方获得永久使用许可。
P:（二）为本项目编制的控制组态、联锁逻辑、操作画面及技术文档归甲方所有，甲方可自行修改和使用，或交由第三方维护。
H:八、数据安全
P:（一）生产工艺参数、配方、运行数据和报警记录均属甲方所有，乙方不得复制、带离现场或用于本合同以外用途。
P:（二）乙方远程维护须经甲方事先审批，按次开通，全程记录；乙方人员不得在控制网络中接入未经检测的移动存储介质。
P:（三）因乙方原因导致数据泄露、控制系统被入侵或生产数据损毁的，乙方应在1小时内报告甲方并承担全部赔偿责任。
H:九、保密
P:乙方对在本合同履行中知悉的甲方工艺、配方、装置布置等技术信息和经营信息负有保密义务，合同终止后仍然有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的千分之一支付违约金，违约金总额以合同总价的10%为限。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但故意或重大过失造成的损失除外。
H:十一、合同解除
P:（一）本合同生效后，除不可抗力导致合同目的无法实现外，任何一方不得单方解除本合同。
P:（二）乙方违约的，甲方有权要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除本合同。
H:十二、分包
P:乙方不得转包本合同；电缆敷设等辅助工作需分包的，应事先取得甲方书面同意，乙方对分包工作承担连带责任。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交泰州仲裁委员会仲裁。
H:十四、乙方人员与现场安全
P:（一）乙方应组建不少于6人的项目组，项目经理须具有化工自动化项目经验，关键人员名单经甲方确认后不得擅自更换。
P:（二）乙方人员进入装置区前须接受甲方三级安全教育并考试合格，正确佩戴劳动防护用品，严禁携带火种和非防爆电子设备。
P:（三）停车切换期间，乙方应制定详细的切换方案、回退方案和应急预案，经甲方工艺、设备、安全部门会签后实施；每完成一台反应釜的切换，双方共同确认回路状态并签字。
P:（四）因乙方违反现场安全规定造成人身伤害、火灾、泄漏或环境污染的，乙方承担全部责任，该等责任不受本合同第十条（二）的限制。
H:十五、培训与资料
P:（一）乙方应为甲方操作人员、仪表维护人员和工艺技术人员分别提供培训，培训内容包括系统操作、报警处理、回路调整、组态修改和备份恢复，培训结束后进行考核。
P:（二）乙方应在最终验收前提交中文版操作手册、维护手册、组态说明、网络拓扑图和备品备件清单各三套及电子版。
H:十六、不可抗力
P:因不可抗力不能履行本合同的，受影响一方应在五日内通知对方并提供证明，履行期限相应顺延。
H:十七、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。附件：设备清单、技术规格书、I/O清单、验收方案。
P:甲方：江苏聚源化工有限公司（盖章）　　乙方：南京中控恒信自动化工程有限公司（盖章）
P:授权代表：__________　　授权代表：__________
P:日期：2025年7月2日
"""

# ---------------------------------------------------------------------------------------------------------------
# z03 (txt, 1. / 1.1) 连锁火锅店 55 家门店 点餐及会员 SaaS + 实施
H524Z03 = """蜀味坊餐饮连锁门店点餐及会员管理SaaS服务合同

合同编号：SWF-IT-2025-032

甲方（客户）：成都蜀味坊餐饮管理有限公司
地址：成都市武侯区天府大道北段
乙方（服务商）：上海食客云信息科技有限公司
地址：上海市徐汇区漕河泾开发区

甲方经营"蜀味坊"连锁火锅品牌，现有直营门店55家。为统一扫码点餐、收银和会员储值管理，甲方订购乙方"食客云"餐饮SaaS服务并委托乙方实施。双方经友好协商，订立本合同。

1. 服务内容
1.1 乙方通过其云平台向甲方55家门店提供以下SaaS服务：扫码点餐、桌台管理、后厨出单（KDS）、收银、会员储值与积分、优惠券营销、总部报表。
1.2 乙方负责实施服务：门店账号开通、菜品及套餐资料导入、原会员系统数据迁移（约38万名会员及储值余额）、与甲方现有支付通道和财务系统的对接、会员小程序页面按甲方品牌风格定制，以及门店店长、收银员培训。
1.3 服务期为两个服务年度，自2025年8月1日起至2027年7月31日止。

2. 费用
2.1 本合同费用如下：
  项目                          单价                      数量/期间        金额（元）
  SaaS订阅费                    6,800元/门店/服务年度      55家×2个服务年度   748,000
  实施服务费（部署、数据迁移、对接、小程序定制）                              86,000
  培训费                                                                   12,000
  合计                                                                    846,000
2.2 服务期内甲方新增门店的，按每家每服务年度6,800元按月折算计费；关闭门店的，自次月起停止计费。
2.3 短信、支付通道手续费由甲方直接向第三方支付，不含在本合同费用内。

3. 付款
3.1 SaaS订阅费按季度结算，每季度结束后十个工作日内，乙方提交服务报告和发票，甲方确认后十个工作日内支付当季订阅费93,500元。
3.2 实施服务费和培训费在上线验收合格后十五个工作日内一次性支付。
3.3 本合同不设预付款。

4. 实施与上线验收
4.1 乙方应在合同签订后四十五日内完成全部门店上线。上线采取分批方式，首批为5家试点门店。
4.2 上线验收标准：（1）55家门店全部可正常点餐、出单和收银；（2）会员数据迁移后，会员数量和储值余额与原系统逐条核对一致；（3）高峰时段（18:00—20:30）扫码下单响应时间不超过1.5秒；（4）与财务系统对接的日结数据连续10日无差异；（5）试点门店连续运行14日无一级故障。
4.3 甲方在收到验收申请后七个工作日内组织验收并出具书面意见。门店开始使用系统不视为验收合格。
4.4 乙方未按4.1约定完成全部门店上线的，每逾期一日向甲方支付违约金人民币900元；逾期超过三十日的，甲方有权解除本合同。

5. 服务水平
5.1 乙方保证平台月度可用率不低于99.95%，计划内维护应安排在凌晨2:00至6:00之间并提前48小时通知。
5.2 故障分级及响应：一级故障（全部或多家门店无法下单或收银）15分钟内响应，2小时内恢复；二级故障（单店无法使用或会员储值异常）30分钟内响应，8小时内解决；三级故障24小时内答复。
5.3 月度可用率低于约定值的，每低0.1个百分点，减免当月订阅费的5%；一级故障恢复超时的，每超时1小时减免当月订阅费的2%。减免额在下一季度付款时扣除。

6. 数据
6.1 甲方门店经营数据、菜品数据、订单数据和会员数据均归甲方所有。乙方仅为提供本合同服务处理上述数据，不得用于其他任何目的。
6.2 乙方应将数据存储于中国境内，采取加密存储、访问权限控制、操作日志留存和每日备份等安全措施，其云平台应具备网络安全等级保护三级备案。
6.3 发生数据泄露、丢失或篡改的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方应赔偿甲方及会员因此遭受的全部损失。
6.4 合同终止后三十日内，乙方应按甲方要求导出全部数据交付甲方，并在甲方确认后删除。

7. 知识产权
7.1 食客云平台及其标准功能的知识产权归乙方所有。
7.2 为甲方定制的会员小程序页面、品牌素材及数据迁移脚本归甲方所有，甲方可自由使用、修改或交由第三方维护。

8. 续约
8.1 服务期届满前三十日内，任何一方未书面提出不续约的，本合同自动续展一个服务年度，续展次数不限。
8.2 续展期的订阅费由乙方根据届时价格体系确定，乙方可上调订阅单价，但每次上调幅度不超过8%，乙方应在续展前以书面方式通知甲方。

9. 分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

10. 违约与解除
10.1 任何一方违反本合同约定的，应赔偿对方因此遭受的损失。
10.2 乙方严重违约，经甲方书面通知后十日内未纠正的，甲方有权解除本合同，乙方应退还甲方已付但未使用服务期的费用。
10.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。

11. 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，提交成都仲裁委员会按其仲裁规则仲裁。

12. 其他
12.1 乙方应为甲方指定专属客户经理和实施经理，实施期间每周提交进度报告；甲方门店营业时间内，乙方提供7×24小时热线支持。
12.2 服务期内乙方对平台进行版本升级的，应提前七日通知甲方，升级不得减少甲方已订购的功能，不得影响门店营业高峰时段使用。
12.3 甲方新开门店需要部署的，乙方应在甲方通知后七日内完成账号开通、菜品资料配置和门店人员培训，不另收实施费。
12.4 因不可抗力或第三方支付通道、电信运营商原因导致服务中断的，受影响一方应及时通知对方并尽力减少损失，相应中断时间不计入不可用时间，但乙方云平台自身原因除外。
12.5 本合同附件包括：功能清单、门店清单、数据迁移方案、服务水平细则。
12.6 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方：成都蜀味坊餐饮管理有限公司（盖章）        乙方：上海食客云信息科技有限公司（盖章）
代表签字：                                      代表签字：
日期：2025年7月10日                             日期：2025年7月10日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04 (txt, （1）/①) 市委党校 教学管理系统 年度运维, 竞争性磋商
H524Z04 = """中共临川市委党校教学管理系统运维服务合同

项目名称：教学管理系统运维服务项目
采购方式：竞争性磋商（项目编号：LCZC-2025-CS-058）
合同编号：LCDX-YW-2025-06

甲方：中共临川市委党校
乙方：江西博学信息技术服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就甲方教学管理系统运维服务事宜，经协商一致，订立本合同。

（1）服务范围
① 运维对象：甲方教学管理系统（含班次管理、学员报名、课程排课、师资库、考勤、评教、学籍档案七个子系统）及其数据库、中间件、服务器和备份系统。
② 服务内容：日常巡检与监控、故障处理、系统补丁与安全加固、数据库优化与备份恢复演练、每学期开班前的系统保障、等级保护测评整改配合、用户咨询和培训。
③ 乙方派驻1名运维工程师在甲方信息中心驻场，工作日8:30至17:30在岗；开班报到、结业等重要时段按甲方要求延长。

（2）服务期限
服务期自2025年9月1日起至2026年8月31日止。服务期满本合同终止，不自动续期；甲方如需继续采购，按政府采购规定另行组织。

（3）合同价款
本合同总价为人民币叁拾陆万捌仟元整（¥368,000），为包干价，包括人工、工具、差旅、税费等全部费用。分项如下：
  序号   服务项目                         金额（元）
  1      应用系统运维                     136,000
  2      数据库及中间件运维                72,000
  3      安全运维及等保测评配合            64,000
  4      驻场服务（1人）                   96,000
         合计                             368,000

（4）付款
① 服务费按季度支付，每季度92,000元。每季度结束后，甲方依据第（6）项进行季度考核，考核合格且收到乙方发票后十五个工作日内支付当季服务费。
② 本合同不设预付款。考核中的扣款从当季服务费中直接扣除。
③ 甲方付款前，乙方应提供合法有效的增值税发票；甲方付款按财政资金支付程序办理。

（5）服务水平
① 系统可用率：服务期内教学管理系统月度可用率不低于99.95%，计划内停机须提前三个工作日经甲方书面同意，且不得安排在开班报到日。
② 故障响应：一级故障（系统整体不可用、数据库宕机或学员数据异常）30分钟内响应，1小时内到场，6小时内恢复；二级故障（单个子系统不可用）1小时内响应，12小时内恢复；三级故障（一般功能问题）当日响应，3个工作日内解决。
③ 乙方每月提交运维月报，列明巡检结果、故障处理、可用率统计和安全事件情况。
④ 重要保障：每期主体班开班报到和结业前，乙方应提前三日完成系统全面检查和压力测试，报到当日安排两名工程师现场值守，直至报到结束。
⑤ 变更管理：涉及系统升级、数据库结构调整或配置变更的，乙方应提交变更方案和回退方案，经甲方审批后在非教学时段实施，实施后提交变更报告。
⑥ 违约扣款：一级、二级故障响应或恢复每超时1小时，扣减当季服务费500元；月度可用率每低于约定值0.01个百分点，扣减当季服务费300元。

（6）考核与验收
① 季度考核：甲方依据运维月报、故障记录和用户满意度调查（满意率不低于90%）进行考核，考核结果书面通知乙方。
② 年度验收：服务期满前十五日，甲方按以下标准组织验收：全年可用率达标；一级故障均按时恢复；完成两次数据库备份恢复演练且恢复数据完整；等保测评发现的中高风险问题已整改；运维文档、脚本和配置清单完整移交。验收合格后甲方出具验收报告。

（7）数据安全
① 系统中的学员信息、教学档案、师资数据等全部数据归甲方所有，乙方不得用于本合同以外的任何用途。
② 乙方应遵守国家网络安全和数据安全法律法规，运维操作须经甲方堡垒机进行并全程审计；不得私自复制、下载或将数据带离甲方机房；严禁在互联网环境存储甲方数据。
③ 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因导致的，乙方承担全部法律责任并赔偿甲方损失。

（8）保密
乙方及其人员对运维中知悉的甲方内部信息、学员个人信息和系统口令负有保密义务，未经甲方书面同意不得向任何第三方披露。乙方驻场人员应签署保密承诺书。保密义务不因本合同终止而解除。

（9）知识产权
乙方在服务期内为甲方编写的运维脚本、补丁程序、配置文档和报告归甲方所有，甲方可自由使用和修改。

（10）分包
乙方不得将本合同服务全部或部分转包、分包给第三方。

（11）违约责任
① 乙方未按约定时间派驻人员进场、未按期完成备份恢复演练或等保整改配合工作的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
② 乙方更换驻场人员须提前十日经甲方同意，擅自更换的，每次支付违约金2,000元。

（12）合同解除
乙方严重违约或连续两个季度考核不合格，经甲方书面通知后十日内仍未改正的，甲方有权解除本合同，并按实际服务期结算费用。

（13）服务交接
服务期满或合同解除时，乙方应在十个工作日内完成交接，移交全部运维文档、账号口令和配置资料，并配合后续服务商平稳过渡。

（14）争议解决
本合同适用中华人民共和国法律。发生争议协商不成的，向甲方所在地人民法院提起诉讼。

（15）运维人员要求
① 驻场工程师应具有三年以上应用系统运维经验，持有数据库或网络相关认证，入场前经甲方面试确认。
② 乙方应建立二线技术支持团队，对驻场人员无法处理的问题提供远程或现场支持。
③ 乙方人员应遵守甲方作息、保密和安全管理制度，服从甲方信息中心的工作安排。

（16）甲方义务
① 甲方应为驻场人员提供办公场所、网络和必要的工作条件。
② 甲方应指定联系人，及时确认运维方案、变更申请和季度考核结果。
③ 甲方应按时支付服务费，并向乙方提供系统原开发商移交的技术文档、账号清单和历史故障记录。

（17）不可抗力
因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在十日内提供证明，双方协商处理。

（18）其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同组成部分。

甲方：中共临川市委党校（盖章）           乙方：江西博学信息技术服务有限公司（盖章）
代表：                                  代表：
日期：2025年8月20日                      日期：2025年8月20日
"""

# ---------------------------------------------------------------------------------------------------------------
# z05 (md, "## 第X条", md price table) 酱菜厂 质检实验室 LIMS, supplier's template
H524Z05 = """# 实验室信息管理系统（LIMS）软件许可及定制开发合同

**（格致实验室软件标准合同文本 V3.2）**

合同编号：GZ-LIMS-2025-118

- 甲方（用户）：扬州四宝斋酱菜食品有限公司
- 乙方（供应商）：苏州格致实验室软件有限公司

甲方因质检实验室检验数据管理需要，向乙方购买格致LIMS软件使用许可并委托乙方进行定制开发。双方根据《中华人民共和国民法典》，签订本合同。

## 第一条 产品与服务

1. 乙方向甲方提供格致LIMS V6软件使用许可（永久许可，限甲方质检实验室使用），包括基础平台、稳定性及留样管理模块、仪器数据采集模块。
2. 乙方为甲方进行定制开发：酱菜发酵过程检验流程、亚硝酸盐及盐度检测报告模板、原辅料批次追溯、与甲方ERP系统的物料和批次数据对接。
3. 乙方提供安装部署、系统配置、历史检验数据导入和用户培训。
4. 软件许可数量：并发用户20个，覆盖甲方理化检验室、微生物检验室和原料验收室；增加用户数的，按乙方届时报价另行购买。
5. 乙方交付物包括：软件安装介质、许可证书、用户手册、系统管理员手册和培训材料。定制开发部分仅交付可执行程序，不交付源代码。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | LIMS基础平台软件许可 | 260,000 |
| 2 | 稳定性及留样管理模块许可 | 70,000 |
| 3 | 仪器数据采集模块许可（含12台仪器接口） | 90,000 |
| | 软件许可小计 | 420,000 |
| 4 | 定制开发（检验流程、报告模板、批次追溯、ERP对接） | 150,000 |
| 5 | 实施部署及培训 | 60,000 |
| | 合计 | 630,000 |

合同总价人民币陆拾叁万元整（¥630,000），含增值税。

## 第三条 付款方式

1. 合同签订后五个工作日内，甲方支付合同总价的62%，即390,600元，乙方收款后安排项目启动。
2. 系统上线运行后五个工作日内，甲方支付合同总价的38%，即239,400元。
3. 甲方逾期付款的，每逾期一日按应付未付金额的千分之一向乙方支付违约金，乙方有权暂停服务直至甲方付清款项。

## 第四条 实施与上线

1. 乙方在收到首付款后按项目计划开展实施，计划工期九十日。因甲方需求变更、数据准备或现场条件造成的延误，工期相应顺延。
2. 系统完成部署并在甲方实验室上线运行，即视为甲方验收合格。甲方在上线后发现的问题，按第六条售后服务处理。

## 第五条 知识产权

1. 格致LIMS软件及其文档的知识产权归乙方所有。
2. 乙方为甲方定制开发的检验流程、报告模板、追溯功能、接口程序及其源代码的知识产权归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方。
3. 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

## 第六条 免费维护与售后服务

1. 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。
2. 故障处理：一级故障（系统无法登录或检验数据无法录入）乙方在8小时内响应，并尽力在3个工作日内解决；其他问题在2个工作日内响应。
3. 乙方将尽力按上述时限处理故障，但不因响应或处理延迟承担任何扣款、赔偿或违约金。

## 第七条 维保服务

1. 免费维护期满后，甲方应与乙方签订年度维保合同，年度维保费为软件许可小计的28%，即每年117,600元。
2. 维保服务包括远程支持、缺陷修复和小版本升级。未签订维保合同的，乙方不再提供任何技术支持。

## 第八条 数据

1. 甲方在LIMS中录入和生成的检验数据归甲方所有。
2. 乙方应采取合理的技术和管理措施保护甲方数据的安全，包括访问权限控制、数据加密传输和定期备份；远程维护须经甲方授权。发生数据泄露或丢失的，乙方应在24小时内通知甲方；因乙方原因造成的，由乙方承担相应赔偿责任。
3. 甲方同意，乙方可将甲方检验数据进行脱敏处理后，用于乙方产品改进、检测模型训练和行业质量分析报告。

## 第九条 保密

双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方书面同意不得向第三方披露，但依法律规定须披露的除外。本条在合同终止后三个服务年度内有效。

## 第十条 违约责任

1. 任何一方违反本合同约定的，应承担相应的违约责任。
2. 乙方不对甲方的间接损失、利润损失或检验结论错误造成的损失承担责任。

## 第十一条 合同解除

一方严重违约，经另一方书面催告后三十日内仍未改正的，守约方有权书面通知解除本合同。

## 第十二条 争议解决

因本合同引起的争议，双方友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十三条 甲方配合

1. 甲方应指定项目联系人，及时提供检验标准、报告格式、仪器清单和历史数据，并在五个工作日内确认乙方提交的需求说明和设计文档。
2. 甲方应提供服务器、网络和数据库运行环境，并保证其满足乙方提出的配置要求；服务器操作系统和数据库软件由甲方自行采购并取得合法授权。
3. 甲方应组织检验员参与需求调研、系统测试和试运行，并按乙方要求整理历史检验数据的导入模板。
4. 因甲方未及时配合造成的工期延误和额外费用，由甲方承担。

## 第十四条 培训

1. 乙方为甲方提供系统管理员培训和检验员操作培训各一次，培训地点在甲方厂区。
2. 超出上述范围的培训，按乙方标准收费另行计算。
3. 培训结束后，乙方向参训人员提供操作考核，考核合格的人员方可在系统中获得检验员或审核员权限。

## 第十五条 不可抗力

因不可抗力不能履行本合同的，受影响一方不承担责任，但应及时通知对方。

## 第十六条 通知

本合同项下的通知以书面形式送达本合同载明的地址，以快递签收或电子邮件发送之日为送达日。任何一方变更地址或联系人的，应提前五个工作日书面通知对方，否则按原地址送达的通知视为有效送达。

## 第十七条 软件升级

1. 免费维护期内，乙方向甲方免费提供所购版本的补丁和小版本升级。
2. 大版本升级需另行付费，费用按乙方届时报价确定；甲方未购买升级的，乙方仍应保证所购版本在约定运行环境下正常使用。

## 第十八条 其他

1. 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。
2. 本合同未尽事宜，双方另行签订补充协议。

甲方（盖章）：扬州四宝斋酱菜食品有限公司　　乙方（盖章）：苏州格致实验室软件有限公司

授权代表：　　　　　　　　　　　　　　　　　　授权代表：

日期：2025年　月　日　　　　　　　　　　　　　日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# e01 (pdf, Article N) Turkish vendor, perpetual licences + services, dyehouse software
H524E01 = """T:Software Licence and Services Agreement - ColourLab DMS
P:Agreement No. ERY-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 16 June 2025 between:
P:(1) Shaoxing Keqiao Huafang Dyeing and Finishing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Keqiao District, Shaoxing, Zhejiang Province (the "Customer"); and
P:(2) Ege Renk Yazilim A.S., a joint stock company incorporated in the Republic of Turkey, with its registered office in Bornova, Izmir, Turkey (the "Vendor").
P:Recitals. The Customer operates a textile dyeing and finishing plant with 64 dyeing machines and a colour laboratory. The Vendor develops and licenses ColourLab DMS, a dyehouse management system for recipe management, colour matching, dispensing control and batch traceability. The Customer wishes to acquire perpetual licences of ColourLab DMS and to engage the Vendor to configure, integrate and implement it, and the Vendor agrees to do so on the terms below. At the Customer's request all prices are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means ColourLab DMS version 8, its modules listed in Article 2 and all updates supplied under this Agreement. "Documentation" means the user, administrator and interface manuals of the Software.
P:1.2 "Services" means the configuration, integration, data migration and training services described in Article 3. "Deliverables" means everything the Vendor produces for the Customer in performing the Services, including configurations, interface programs, scripts, report layouts and project documents.
P:1.3 "Contract Price" means the total price stated in Article 4. "Final Acceptance" means the acceptance described in Article 6.3.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's plant in Shaoxing for its own business, for one server instance and up to 40 named users, together with the Documentation.
P:2.2 The licence covers the recipe management, colour matching, dispensing control and batch traceability modules. The Customer may make copies of the Software for backup, testing and disaster recovery.
H:Article 3 Services
P:3.1 The Vendor shall configure the Software for the Customer's processes, integrate it with the Customer's ERP system (material master, production orders and stock movements) and with the automatic dispensing stations in the colour kitchen, migrate approximately 26,000 historical recipes from the Customer's current system, and train key users and administrators.
P:3.2 The Vendor shall deliver the project plan within 10 days after signature, complete installation within 60 days after signature, and submit the system for Final Acceptance within 150 days after signature.
H:Article 4 Price
P:4.1 The Contract Price is CNY 1,080,000, inclusive of applicable taxes in the People's Republic of China and of all travel and living expenses of the Vendor's staff. It is made up as follows:
P:Item / Quantity / Amount (CNY)
P:ColourLab DMS server licence (perpetual) / 1 / 320,000
P:Named user licences (perpetual) / 40 x 11,500 / 460,000
P:Licence subtotal / / 780,000
P:Configuration and ERP / dispensing integration / fixed price / 214,000
P:Recipe data migration / fixed price / 58,000
P:Training (key users and administrators) / fixed price / 28,000
P:Contract Price / / 1,080,000
H:Article 5 Payment
P:5.1 20% of the Contract Price (CNY 216,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:5.2 45% of the Contract Price (CNY 486,000) within 30 days after installation of the Software on the Customer's servers, confirmed in writing by the Customer. Installation is not acceptance.
P:5.3 35% of the Contract Price (CNY 378,000) within 30 days after Final Acceptance.
H:Article 6 Acceptance
P:6.1 The Vendor shall carry out installation tests and shall then submit the system for acceptance testing according to an acceptance test plan agreed in writing with the Customer.
P:6.2 The acceptance criteria are: all functions in the functional specification work as specified; every migrated recipe reconciles with the source system; colour-matching predictions reach the agreed Delta E tolerance on the Customer's test set of 300 shades; the ERP and dispensing interfaces run without error for 20 consecutive production days; and all Documentation has been delivered.
P:6.3 Final Acceptance occurs when the Customer signs an acceptance certificate confirming that the criteria in Article 6.2 are met. If the criteria are not met, the Vendor shall correct the defects within 15 days and submit the system for retesting. Use of the Software in production does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Deliverables will conform to the Documentation and the functional specification for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects and supply updates free of charge.
P:7.2 Support during the Warranty Period is provided by e-mail and through the Vendor's helpdesk portal during Turkish business hours. The Vendor will use commercially reasonable efforts to respond to and resolve support requests, with priority given to problems that stop production.
P:7.3 After the Warranty Period the Customer may order annual support at CNY 85,800 per support year, which is 11% of the licence subtotal. This fee is fixed for the first three support years after the Warranty Period. Annual support includes defect correction, updates and helpdesk access on the terms of Article 7.2.
P:7.4 Annual support is ordered by purchase order for each support year and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains all intellectual property rights in the Software and the Documentation.
P:8.2 All rights in the Deliverables created specifically for the Customer, including interface programs, configurations, scripts and report layouts, vest in the Customer on creation. The Vendor shall deliver their source code and technical documentation, and the Customer may use, modify and license them freely.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Deliverables infringe a third party's rights.
H:Article 9 Customer Data and Data Security
P:9.1 All recipes, formulas, colour standards, production data and other data of the Customer processed with the Software belong to the Customer. The Vendor shall use them only to perform this Agreement.
P:9.2 The Software is installed on the Customer's servers in China. The Vendor's remote access is allowed only through the Customer's VPN with multi-factor authentication, for each session approved by the Customer, and is logged. The Vendor shall not copy Customer data outside the Customer's systems and shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China.
P:9.3 The Vendor shall notify the Customer within 24 hours of any security incident affecting Customer data, take immediate remedial measures, and bear responsibility for all losses resulting from an incident caused by the Vendor or its personnel.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, in particular the Customer's recipes, colour formulas and customer lists, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives termination for three years, and for recipes and formulas without time limit.
H:Article 11 Delay Damages
P:If the Vendor fails to submit the system for Final Acceptance within the period in Article 3.2 for reasons attributable to the Vendor, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 12 Limitation of Liability
P:12.1 Neither party is liable for indirect or consequential loss or loss of profit.
P:12.2 The Vendor's total aggregate liability arising out of or in connection with this Agreement, including liquidated damages, shall not exceed 60% of the Contract Price.
P:12.3 Article 12.2 does not apply to liability for wilful misconduct, infringement of third-party rights under Article 8.3, or breach of Article 9.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the Services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 14 Term and Termination
P:14.1 This Agreement enters into force on signature. The licence under Article 2 is perpetual and survives termination, except termination by the Vendor for non-payment of licence fees.
P:14.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:14.3 The Customer may also terminate by written notice if delay damages under Article 11 reach their maximum. On such termination the Vendor shall refund the amounts paid for the parts of the Services not accepted.
H:Article 15 Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and uses its best efforts to limit the effects.
H:Article 16 Governing Law and Disputes
P:16.1 This Agreement is governed by the laws of the People's Republic of China.
P:16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.
H:Article 17 Miscellaneous
P:17.1 This Agreement is written in English and Chinese; both versions have equal effect.
P:17.2 Annexes: Annex 1 Functional Specification; Annex 2 Project Plan; Annex 3 Acceptance Test Plan.
P:For the Customer: ____________________  Name / Title / Date
P:For the Vendor: ____________________  Name / Title / Date
"""

# ---------------------------------------------------------------------------------------------------------------
# e02 (md, Order Form + General Terms, Section N.N) Kuwaiti vendor, SaaS
H524E02 = """# SouqBridge Seller Suite - Order Form

**Order Form No. SB-OF-2025-0871, under the SouqBridge General Terms set out in Part B**

## Part A - Order Form

| | |
|---|---|
| Vendor | Souq Bridge Technologies W.L.L., Sharq, Kuwait City, State of Kuwait |
| Customer | Yiwu Lanting Cross-Border E-Commerce Co., Ltd., Yiwu, Zhejiang, People's Republic of China |
| Service | SouqBridge Seller Suite, Professional plan: marketplace listing, Arabic localisation, order management and returns for GCC marketplaces |
| Storefronts | 8 storefronts on GCC marketplaces, 25 user accounts |
| Subscription Term | Two Subscription Years, from 1 September 2025 to 31 August 2027 |
| Currency | Chinese Yuan (CNY), at the Customer's request |

### A.1 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 (1 Sep 2025 - 31 Aug 2026) | per Subscription Year | 186,000 |
| Subscription Fee, Subscription Year 2 (1 Sep 2026 - 31 Aug 2027) | per Subscription Year | 186,000 |
| Onboarding (catalogue import of up to 6,000 SKUs, Arabic listing templates, ERP and logistics connectors, training) | one-time | 24,000 |
| Total fees for the Subscription Term | | 396,000 |

### A.2 Invoicing and payment

A.2.1 The Subscription Fee is invoiced quarterly in arrears at CNY 46,500 per quarter and is payable within 30 days after invoice.

A.2.2 The onboarding fee is invoiced after Go-Live Acceptance under Section A.3 and is payable within 30 days after invoice. No amount is payable before the Service starts.

### A.3 Onboarding and Go-Live Acceptance

A.3.1 Vendor shall complete onboarding and make the Service available for Go-Live Acceptance by 1 September 2025 (the "Go-Live Date").

A.3.2 Go-Live Acceptance tests: (a) the full catalogue is imported with SKU, price and stock fields matching the Customer's ERP export; (b) Arabic listings are published on all 8 storefronts and pass marketplace validation; (c) orders placed on each storefront reach the Customer's ERP within 10 minutes for 7 consecutive days; (d) returns and refunds are processed end to end in a test run of 50 orders. Go-Live Acceptance occurs when the Customer confirms in writing that the tests are passed. Use of the Service before that confirmation is not acceptance.

A.3.3 If Go-Live Acceptance is delayed beyond the Go-Live Date for reasons attributable to Vendor, Vendor shall pay the Customer CNY 300 for each day of delay, up to CNY 18,000.

### A.4 Renewal

A.4.1 At the end of the Subscription Term, this Order Form renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the then-current period.

A.4.2 Vendor may increase the Subscription Fee for any renewal period by up to 9% over the fee for the preceding Subscription Year by notice to the Customer at least 30 days before the renewal period begins. The increased fee applies to the renewal period without further agreement.

### A.5 Signatures

Signed for the Customer: ____________  Signed for Vendor: ____________  Date: ____________

## Part B - General Terms

### Section 1 Service

1.1 Vendor shall provide the Service described in the Order Form during the Subscription Term in accordance with these General Terms and the documentation published on Vendor's website.

1.2 Vendor may improve the Service from time to time, provided that no change materially reduces its functionality during the Subscription Term.

1.3 Vendor shall provide the Customer with a named customer success manager who speaks Chinese and English, hold a monthly review of listing performance and order exceptions, and give the Customer at least 30 days' notice before removing any feature that the Customer uses.

1.4 The Customer shall use the Service only for its own business and shall be responsible for the acts of its users and for keeping its login credentials confidential.

### Section 2 Service Levels

2.1 Availability. The Service shall be available 99.5% of each calendar month, measured by Vendor's monitoring, excluding scheduled maintenance announced at least 48 hours in advance and performed between 01:00 and 05:00 Kuwait time.

2.2 Incident response. Vendor shall respond to incidents as follows: Priority 1 (the Service is unavailable or orders cannot be synchronised for all storefronts): response within 1 hour, 24 hours a day, 7 days a week; Priority 2 (a major function is impaired): response within 8 business hours; Priority 3 (other issues): response within 2 business days.

2.3 Service credits. If availability in a month falls below the level in Section 2.1, the Customer receives a credit of 5% of the monthly portion of the Subscription Fee for each full 0.5 percentage point below that level, up to 25% of that monthly portion. If Vendor misses the Priority 1 response time, the Customer receives a further credit of 2% of the monthly portion for each hour of delay. Credits are deducted from the next invoice.

### Section 3 Customer Data

3.1 "Customer Data" means all product data, listings, prices, orders, buyer details and other data submitted to or generated in the Service for the Customer.

3.2 Customer Data belongs to the Customer. Vendor uses Customer Data only to provide the Service to the Customer under this Order Form and for no other purpose.

3.3 During the Subscription Term and for 30 days after it ends, the Customer may export all Customer Data in CSV format. After that period Vendor deletes Customer Data from the Service.

### Section 4 Intellectual Property

4.1 Vendor owns the Service, its software and documentation, and all improvements to them.

4.2 The listing templates, translated product content, category mappings and connector configurations prepared for the Customer during onboarding belong to the Customer, who may use, modify and let third parties use them freely, also after the Subscription Term.

### Section 5 Confidentiality

5.1 Each party shall keep confidential the other party's non-public business, technical and pricing information received in connection with this Order Form, use it only for the purpose of this Order Form and not disclose it to third parties without the other party's prior written consent, except to its employees and advisers who need to know and are bound by equivalent duties.

5.2 This Section does not apply to information that is public, already known to the recipient or required to be disclosed by law. It survives for three years after the end of the Subscription Term.

### Section 6 Fees and Taxes

6.1 Fees are stated in CNY and include taxes payable in Kuwait. Any withholding tax in the People's Republic of China is borne as required by law and the parties shall cooperate to obtain treaty benefits.

6.2 If an undisputed invoice remains unpaid 30 days after its due date, Vendor may suspend the Service after giving 10 days' written notice.

### Section 7 Warranties

7.1 Vendor warrants that the Service will perform materially in accordance with its documentation and that onboarding services will be performed with professional skill and care.

7.2 If the Service does not conform, Vendor shall correct the non-conformity without charge; if it cannot do so within 30 days, the Customer may terminate and is not charged for the period after termination.

### Section 8 Liability

8.1 Neither party is liable for indirect or consequential damages or loss of profits, except in case of fraud or wilful misconduct.

8.2 Each party's total liability under this Order Form is limited to twice the total fees payable under this Order Form.

### Section 9 Subcontracting

Vendor shall not subcontract any part of the Service or the onboarding services without the Customer's prior written consent. Vendor remains responsible for any subcontractor approved by the Customer.

### Section 10 Term and Termination

10.1 This Order Form takes effect on signature and continues for the Subscription Term and any renewal period.

10.2 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice of the breach.

10.3 On termination by the Customer for Vendor's breach, Vendor refunds any fees paid for the period after termination.

### Section 11 Governing Law and Disputes

11.1 This Order Form and these General Terms are governed by the laws of the People's Republic of China.

11.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The arbitration shall be conducted in English and Chinese.

### Section 12 General

12.1 Notices shall be in writing and sent by e-mail with a copy by courier to the addresses in the Order Form.

12.2 Neither party is liable for delay or failure caused by events beyond its reasonable control, including marketplace outages and government action, provided that it notifies the other party promptly.

12.3 Neither party may assign this Order Form without the other party's prior written consent, except to a successor of its whole business.

12.4 This Order Form and these General Terms are the entire agreement on their subject. In case of conflict the Order Form prevails.
"""

# ---------------------------------------------------------------------------------------------------------------
# e03 (docx, numbered clauses 1. / 1.1, Word price table) Iraqi vendor, greenhouse sensors, buyer's paper
H524E03 = """T:Purchase Contract for Greenhouse Sensors and Monitoring System
P:Contract No. SGLY-PUR-2025-046
P:Buyer: Shouguang Lvye Greenhouse Vegetables Co., Ltd., Shouguang, Weifang, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Zagros Agritech Sensors Co., Erbil, Kurdistan Region, Republic of Iraq (the "Supplier").
P:Whereas the Buyer operates 48 glass and film greenhouses at its Shouguang vegetable base and wishes to monitor soil moisture, climate and irrigation in real time; and whereas the Supplier manufactures agricultural sensors and gateways and has offered to supply, install and commission a complete monitoring system; the parties agree as follows. This contract uses the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, climate stations, gateways and accessories listed in Clause 2.
P:1.2 "Software" means the Supplier's AgriSense monitoring platform licensed under Clause 9, including the mobile application.
P:1.3 "System" means the Equipment and the Software, installed, configured and commissioned at the Site.
P:1.4 "Site" means the Buyer's vegetable base in Shouguang. "Final Acceptance" has the meaning in Clause 6.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply the Equipment and the Software, install and commission the System at the Site, calibrate all sensors, integrate the System with the Buyer's irrigation controllers, and train the Buyer's staff.
P:2.2 The contract price is CNY 1,212,000 (the "Contract Price"), a fixed price inclusive of delivery to the Site (DAP Shouguang), customs clearance, import duties, VAT and all other taxes. The breakdown is:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture, temperature and EC probes|240|1,650|396,000
TB:2|Greenhouse climate stations (air, humidity, CO2, light)|48|7,800|374,400
TB:3|LoRaWAN gateways with solar power kit|12|9,600|115,200
TB:4|AgriSense platform licence (perpetual, 60 users)|1|168,000|168,000
TB:|Hardware and Licence Subtotal|||1,053,600
TB:5|Installation, configuration and commissioning|||126,000
TB:6|Calibration and staff training|||32,400
TB:|Contract Price|||1,212,000
P:2.3 At the Buyer's request all prices are in Chinese Yuan (CNY) and are fixed for the duration of the contract.
H:3. Delivery and Installation
P:3.1 The Supplier shall deliver all Equipment to the Site within 70 days after signature and complete installation and commissioning within 40 days after delivery.
P:3.2 The Supplier shall pack the Equipment for sea and road transport and supply certificates of origin, test reports and the documents needed for import clearance.
P:3.3 The Supplier's installation team shall follow the Buyer's site rules, including rules on crop protection and hygiene in the greenhouses.
P:3.4 The Supplier shall submit an installation plan for the Buyer's approval at least 10 days before installation starts. The plan shall show the position of every probe, climate station and gateway, the cable and antenna routes, and the order in which greenhouses are installed so that planting and harvesting are not disturbed.
P:3.5 On delivery the parties shall open the packages together and check quantities, models and visible condition against the packing list. Missing or damaged items shall be replaced by the Supplier within 15 days at its own cost.
H:4. Payment
P:4.1 No advance payment is made under this contract.
P:4.2 65% of the Contract Price (CNY 787,800) is paid within 30 days after the Buyer signs the installation certificate confirming that all Equipment has been delivered and installed. The installation certificate is not acceptance.
P:4.3 35% of the Contract Price (CNY 424,200) is paid within 30 days after Final Acceptance.
P:4.4 Payments are made by bank transfer against the Supplier's invoice.
H:5. Delay
P:5.1 If the Supplier fails to deliver the Equipment or to complete installation within the periods in Clause 3.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:5.2 If the delay exceeds 45 days, the Buyer may terminate this contract under Clause 15 in addition to claiming delay damages.
H:6. Acceptance
P:6.1 After commissioning the System runs in a trial period of 30 consecutive days.
P:6.2 Acceptance criteria: (a) at least 98% of scheduled readings from every sensor are received by the platform during the trial period; (b) sensor readings agree with the Buyer's calibrated reference instruments within the tolerances in the technical specification (soil moisture within 3 percentage points, air temperature within 0.5 degree Celsius); (c) alarms for frost, high temperature and low soil moisture reach the responsible staff by SMS and the mobile application within 2 minutes; (d) the irrigation controller interface executes 20 test commands without error; (e) all manuals and calibration certificates are delivered.
P:6.3 Final Acceptance occurs when the Buyer signs the final acceptance certificate confirming that the criteria in Clause 6.2 are met. If they are not met, the Supplier shall remedy the defects and the trial period shall be repeated. Use of the System by the Buyer before Final Acceptance is not acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the System for 24 months after Final Acceptance. During the warranty period the Supplier shall repair or replace any defective Equipment free of charge, including transport to and from the Site, and correct Software defects.
P:7.2 The Supplier shall keep a stock of spare probes and gateway parts at the Buyer's warehouse during the warranty period so that replacements can be made without import delay.
H:8. Support and Service Levels
P:8.1 Severity 1 (the platform is unavailable, or more than 10 greenhouses send no data): remote response within 1 hour; on-site attendance within 48 hours if remote resolution fails.
P:8.2 Severity 2 (a single greenhouse sends no data, or a gateway fails): response within 8 hours; resolution within 5 working days.
P:8.3 For each hour by which the Supplier exceeds the Severity 1 response time, it shall pay the Buyer CNY 600; for each day by which it exceeds a resolution time, CNY 400. These amounts may be deducted from any payment due.
P:8.4 After the warranty period the Buyer may order annual support at CNY 94,824 per year, which is 9% of the Hardware and Licence Subtotal. This price is fixed for three years after the warranty period. Support continues on the terms of Clause 8.1 to 8.3 and is ordered each year by purchase order; it does not renew automatically.
H:9. Software Licence and Intellectual Property
P:9.1 The Supplier grants the Buyer a perpetual licence to use the Software for the Buyer's operations.
P:9.2 Dashboards, reports, alarm rules and the irrigation interface developed for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier retains the rights in its standard platform.
H:10. Data Security
P:10.1 All sensor data, crop records and farm data collected by the System belong to the Buyer. The Supplier shall not use them for any purpose other than performing this contract.
P:10.2 The platform is hosted on the Buyer's server in Shouguang. The Supplier's remote access requires the Buyer's approval for each session and is logged. The Supplier shall apply encryption in transit, access control and security patches, and comply with the Data Security Law of the People's Republic of China.
P:10.3 The Supplier shall report any security incident within 12 hours and bear responsibility for losses caused by an incident attributable to the Supplier.
H:11. Confidentiality
P:Each party shall keep confidential the other party's technical and commercial information received under this contract and shall not disclose it without prior written consent, during this contract and for three years after it ends.
H:12. Liability
P:The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:14. Force Majeure
P:A party prevented from performing by force majeure shall notify the other party within 5 days and provide evidence. Performance periods are extended by the duration of the event.
H:15. Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after written notice, or if delay damages under Clause 5 reach their maximum.
H:16. Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:17. Miscellaneous
P:Notices under this contract shall be in writing and sent to the addresses above by courier or e-mail. Amendments are valid only if made in writing and signed by both parties. This contract is signed in English and Chinese, both versions being equally authentic, in four originals. Annexes: Annex 1 Technical Specification; Annex 2 Installation Plan; Annex 3 Acceptance Test Procedure.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04 (md, numbered clauses with UPPER-CASE headings, schedules as tables) Omani vendor, managed IT service
H524E04 = """# MANAGED IT SERVICES AGREEMENT

Agreement No. BMIT-QD-2025-09

This Managed IT Services Agreement is made on 25 July 2025 between **Qingdao Haixin Seafood Trading Co., Ltd.**, Shinan District, Qingdao, Shandong Province, People's Republic of China (the "Customer"), and **Batinah Managed IT Services LLC**, Sohar Industrial Estate, Sohar, Sultanate of Oman (the "Provider").

The Customer imports and distributes seafood and runs offices in Qingdao, Dalian and Shanghai and a cold-store site in Jiaozhou. The Provider operates a remote network operations centre and service desk. The Customer wishes to outsource the operation of its network, servers and end-user support to the Provider, and the Provider agrees to provide those services on the terms below.

## 1. DEFINITIONS

1.1 "Services" means the managed services described in Schedule 1. "Service Levels" means the levels in Schedule 2. "Charges" means the charges in Schedule 3.

1.2 "Service Commencement Date" means 1 September 2025. "Term" means the period of 36 months from the Service Commencement Date to 31 August 2028.

1.3 "Transition" means the transfer of the Services from the Customer's current arrangements to the Provider, described in Clause 3. "Customer Data" means all data of the Customer, its employees, suppliers and customers that the Provider can access in performing the Services.

## 2. SERVICES

2.1 The Provider shall provide the Services from the Service Commencement Date for the Term in accordance with this Agreement and the Service Levels.

2.2 The Provider shall provide a named service manager, monthly service reports and a quarterly service review with the Customer's IT manager.

2.3 The Customer shall give the Provider the access, information and cooperation reasonably needed to perform the Services, keep the device inventory up to date and approve planned changes within 3 business days.

2.4 Changes to the Customer's systems shall follow the change management procedure in the runbooks. Emergency changes may be made to restore service and shall be reported to the Customer within 24 hours.

## 3. TRANSITION AND ACCEPTANCE

3.1 The Provider shall complete Transition by 31 August 2025, including discovery of all devices, installation of monitoring agents, handover of documentation and passwords from the current supplier, and set-up of the service desk in Chinese and English.

3.2 Transition Acceptance criteria: (a) all devices on the agreed inventory are monitored and visible on the Provider's portal; (b) the service desk handles 50 test tickets correctly; (c) backup jobs for all servers complete successfully for 10 consecutive days; (d) the runbooks for every site are delivered and approved by the Customer. Transition Acceptance occurs when the Customer confirms in writing that the criteria are met.

3.3 If Transition Acceptance is not achieved by the Service Commencement Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 400 for each day of delay until Transition Acceptance.

## 4. CHARGES AND PAYMENT

4.1 The Customer shall pay the Charges in Schedule 3. At the Customer's request all Charges are stated and paid in CNY.

4.2 The monthly charge is invoiced monthly in arrears and is payable within 30 days after the Customer receives a correct invoice with the monthly service report. The Transition fee is invoiced after Transition Acceptance. No amount is payable before the Services start.

4.3 The Charges are fixed for the Term. Changes in scope are agreed in writing by change request.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the Service Levels in Schedule 2 and report its performance each month.

5.2 If a Service Level is missed, the Provider shall grant the service credits set out in Schedule 2, which are deducted from the next invoice. Service credits in any month are limited to 20% of the monthly charge and do not prevent the Customer from claiming further damages.

5.3 If the Provider misses the Priority 1 resolution time three times in any six-month period, the Customer may treat this as a material breach.

## 6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not copy, keep or disclose it for any other purpose.

6.2 The Provider shall access the Customer's systems only through the Customer's privileged access gateway with multi-factor authentication; all sessions are recorded. Customer Data shall remain on the Customer's systems in China and shall not be transferred to the Provider's systems in Oman or elsewhere outside China.

6.3 The Provider shall maintain an ISO 27001 certified information security management system, apply the Customer's security policies and comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China.

6.4 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, take immediate containment measures and bear responsibility for all losses caused by an incident attributable to the Provider or its personnel or subcontractors.

## 7. CONFIDENTIALITY

Each party shall keep confidential all non-public information of the other party, including the Customer's network diagrams, passwords, supplier prices and customer lists, use it only for this Agreement and not disclose it without the other party's prior written consent. This Clause survives for three years after the end of this Agreement.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider retains its monitoring tools and service desk platform.

8.2 Runbooks, scripts, configuration records and documentation prepared for the Customer belong to the Customer, which may use and modify them freely and hand them to any other provider.

## 9. SUBCONTRACTING

9.1 The Provider may subcontract on-site support, cabling work and hardware repairs in China to local service partners of its choice by giving the Customer written notice before the partner starts work.

9.2 The Provider remains responsible for the performance of its subcontractors and shall ensure that they comply with Clauses 6 and 7.

## 10. LIABILITY

10.1 Neither party is liable for indirect or consequential loss.

10.2 The Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term, except for breach of Clauses 6 and 7, personal injury and wilful misconduct, which are not limited.

## 11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement runs for the Term. It may be extended only by written agreement of both parties; it does not renew automatically.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 30 days after notice.

11.3 On expiry or termination the Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3, return all documentation and passwords, and cooperate with any successor provider.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 13. GENERAL

13.1 Notices shall be in writing and sent to the addresses above. This Agreement and its Schedules are the entire agreement between the parties. Amendments must be in writing and signed by both parties.

For the Customer: ____________________    For the Provider: ____________________

## SCHEDULE 1 - SERVICES

| Service | Scope | Hours |
|---|---|---|
| Network operations | Monitoring and management of firewalls, switches, Wi-Fi and SD-WAN links at 4 sites | 24 x 7 |
| Server operations | Patching, monitoring and backup of 26 virtual and physical servers | 24 x 7 monitoring |
| Service desk | Telephone, e-mail and portal support in Chinese and English for 180 users | 08:00 - 20:00 China time, Monday to Saturday |
| On-site support | Desktop, printer and cold-store terminal support at the 4 sites | Business days |
| Security operations | Anti-virus management, log review and monthly vulnerability scans | 24 x 7 |

## SCHEDULE 2 - SERVICE LEVELS AND CREDITS

| Measure | Service Level | Service credit |
|---|---|---|
| Availability of the managed network at each site | 99.95% per month | 5% of the monthly charge for each 0.1 percentage point below the level |
| Priority 1 incident (site down or cold-store monitoring lost) | Response within 30 minutes; resolution within 3 hours | 3% of the monthly charge per hour of delay |
| Priority 2 incident (major function impaired) | Response within 1 hour; resolution within 8 hours | 1% of the monthly charge per hour of delay |
| Priority 3 incident | Response within 1 business day; resolution within 3 business days | none |
| Service desk calls answered | 90% within 60 seconds | 2% of the monthly charge |

## SCHEDULE 3 - CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time | 68,000 |
| Monthly charge | CNY 42,500 x 36 months | 1,530,000 |
| Total Charges for the Term | | 1,598,000 |
| Exit assistance beyond the scope of Clause 11.3 | per engineer day | 2,800 |
"""

# ---------------------------------------------------------------------------------------------------------------
# e05 (txt, UPPER-CASE headings) Bahraini vendor, data API subscription, Bahrain law
H524E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. DDS-API-2025-063

PARTIES

Dilmun Data Services B.S.C. (c), a company registered in the Kingdom of Bahrain, with its office in Seef District, Manama, Kingdom of Bahrain ("Dilmun"); and

Ningbo Yongxing International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its office in Beilun District, Ningbo, Zhejiang Province ("Customer").

BACKGROUND

Dilmun compiles and distributes data on vessel calls, berth schedules, port congestion and customs tariffs for the ports of the Gulf Cooperation Council states and makes it available through application programming interfaces (the "API"). Customer arranges sea freight from Ningbo to the Gulf and wishes to integrate the data into its booking and tracking systems. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Data" means the vessel-call, berth-schedule, congestion and tariff data supplied through the API.
1.2 "Subscription Year" means each of the two periods of the Subscription Term: 1 October 2025 to 30 September 2026, and 1 October 2026 to 30 September 2027. The "Subscription Term" is both Subscription Years together.
1.3 "Customer Data" means shipment references, query parameters, container numbers and any other data that Customer or its users send to the API.
1.4 "Production Access" means access to the production API with the full data scope and call volume described in Clause 2.

2. SUBSCRIPTION

2.1 Dilmun grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API, to use the Data in Customer's booking, tracking and customer-notification systems, and to show the Data to Customer's own shippers as part of Customer's services.
2.2 The subscription covers 14 ports in the six GCC states, up to 600,000 API calls per month and up to 40 named user accounts for the web console. Calls above that volume are charged at CNY 0.06 per call.
2.3 Customer shall not resell the Data as a stand-alone data product.
2.4 Dilmun shall keep the Data accurate and up to date using official port, terminal and customs sources, correct any error reported by Customer within 2 business days, and publish a change log for the API at least 30 days before any change that is not backward compatible.
2.5 Dilmun shall provide Customer with API documentation, a sandbox environment for the Subscription Term and a named technical account manager who attends a monthly review call with Customer's integration team.

3. FEES AND PAYMENT

3.1 At Customer's request the fees are stated and paid in Chinese Yuan (CNY):

    Item                                              Amount (CNY)
    Subscription fee, Subscription Year 1             264,000
    Subscription fee, Subscription Year 2             264,000
    Total fees for the Subscription Term              528,000

3.2 The subscription fee is invoiced quarterly in arrears at CNY 66,000 per quarter. Invoices are payable within 30 days after receipt. There is no one-time set-up fee, and nothing is payable before Production Access is given.
3.3 Fees for calls above the included volume are invoiced with the quarterly invoice and are not part of the fees in Clause 3.1.
3.4 Fees are fixed for the Subscription Term.

4. ONBOARDING AND ACCEPTANCE

4.1 Dilmun shall give Customer test access within 10 days after signature and Production Access by 1 October 2025 (the "Activation Date").
4.2 Before Production Access is accepted, Customer will run acceptance tests against the following criteria: (a) every endpoint in the API specification returns valid responses for all 14 ports; (b) vessel-call updates appear in the API within 15 minutes of the port system update in 95 out of 100 sampled events; (c) median response time is below 800 milliseconds at 20 calls per second; (d) tariff data for 200 sampled HS codes matches the official schedules. Acceptance occurs when Customer confirms in writing that the criteria are met.
4.3 If any criterion is not met, Dilmun shall correct the problem and Customer shall repeat the tests concerned; the Activation Date is not extended by such repetition.
4.4 During onboarding Dilmun shall map Customer's internal port codes and vessel references to the Data, set up alert rules for berth changes and delays, and provide integration adapters for Customer's booking and tracking systems. Customer shall provide test data and a technical contact.
4.5 If Production Access meeting the acceptance criteria is not available by the Activation Date for reasons attributable to Dilmun, Dilmun shall pay Customer CNY 360 for each day of delay, up to CNY 21,600.

5. SERVICE LEVELS

5.1 Availability. The production API shall be available 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance and performed between 22:00 and 02:00 Bahrain time.
5.2 Support. Dilmun provides support 24 hours a day, 7 days a week. Priority 1 incidents (the API is unavailable or returns no data for any port): response within 1 hour and restoration within 6 hours. Priority 2 incidents (data for one port delayed or incomplete): response within 2 hours and resolution within 1 business day. Priority 3: response within 1 business day.
5.3 Service credits. For each 0.1 percentage point, or part of one, by which monthly availability falls below 99.95%, Customer receives a credit of 3% of the quarterly fee. For each hour by which Dilmun exceeds a Priority 1 restoration time, Customer receives a credit of 2% of the quarterly fee. Credits are deducted from the next invoice and do not exclude other remedies.

6. CUSTOMER DATA AND DATA SECURITY

6.1 Customer Data belongs to Customer. Dilmun shall process Customer Data only to provide the API to Customer and shall not use it for any other purpose, including analytics, benchmarking or products for other clients, whether or not anonymised.
6.2 Dilmun shall protect Customer Data with encryption in transit and at rest, role-based access control, logging of administrative access and annual penetration tests, and shall delete Customer Data within 30 days after the Subscription Term ends.
6.3 Dilmun shall notify Customer within 24 hours of any security breach affecting Customer Data, take immediate remedial measures, cooperate with Customer's notifications to regulators, and be responsible for all losses caused by a breach attributable to Dilmun.

7. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public information, including the terms of this Agreement, Customer's shipment volumes and Dilmun's API credentials, and shall not disclose it to any third party without prior written consent. This obligation continues for three years after the Subscription Term.

8. INTELLECTUAL PROPERTY

8.1 Dilmun owns the API and the Data and all rights in them.
8.2 The port-code mappings, alert rules and integration adapters that Dilmun builds for Customer during onboarding belong to Customer, which may use, modify and license them freely.

9. LIABILITY

9.1 Neither party is liable for indirect or consequential loss or loss of profit.
9.2 Dilmun's total liability under this Agreement is limited to 150% of the total fees for the Subscription Term, except for breach of Clauses 6 and 7 and wilful misconduct.

10. SUBCONTRACTING

Dilmun shall not subcontract any part of its obligations without Customer's prior written consent and remains responsible for the acts of any approved subcontractor.

11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement takes effect on signature and ends at the end of the Subscription Term. It may be renewed only by a written renewal signed by both parties; there is no automatic renewal.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
11.3 On termination by Customer for Dilmun's breach, Dilmun shall refund any fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by and construed in accordance with the laws of the Kingdom of Bahrain.
12.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the rules of the Bahrain Chamber for Dispute Resolution. The seat of arbitration is Manama and the language is English.

13. GENERAL

13.1 Notices shall be in writing and sent by courier or e-mail to the addresses above.
13.2 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.
13.3 Neither party may assign this Agreement without the other party's prior written consent.
13.4 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as war, natural disasters, port closures or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. Service credits under Clause 5.3 do not apply to unavailability caused by such events.
13.5 This Agreement is made in two originals in English, one for each party. A Chinese translation may be prepared for convenience; the English text prevails.

SIGNATURES

For Dilmun Data Services B.S.C. (c): ____________________  Name:  Title:  Date:

For Ningbo Yongxing International Freight Forwarding Co., Ltd.: ____________________  Name:  Title:  Date:
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {
    "z01": ("h524z01_commerce_bureau_trade_platform.pdf", "zh", "pdf", H524Z01),
    "z02": ("h524z02_chemical_plant_reactor_dcs_retrofit.docx", "zh", "docx", H524Z02),
    "z03": ("h524z03_hotpot_chain_ordering_member_saas.txt", "zh", "txt", H524Z03),
    "z04": ("h524z04_party_school_teaching_system_om.txt", "zh", "txt", H524Z04),
    "z05": ("h524z05_pickle_factory_lims_supplier_template.md", "zh", "md", H524Z05),
    "e01": ("h524e01_dyehouse_software_licence_tr_vendor.pdf", "en", "pdf", H524E01),
    "e02": ("h524e02_marketplace_saas_order_form_kw_vendor.md", "en", "md", H524E02),
    "e03": ("h524e03_greenhouse_sensors_iq_vendor.docx", "en", "docx", H524E03),
    "e04": ("h524e04_managed_it_services_om_vendor.md", "en", "md", H524E04),
    "e05": ("h524e05_gcc_port_data_api_bh_vendor.txt", "en", "txt", H524E05),
}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def T(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="service")
    base.update(kw)
    return {k: base[k] for k in KEYS}


# design: category, terms, extra, plus my own inputs for TCO / forum (not written to the labels), and the design list
D = {
    "z01": dict(category="software", terms=T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.02,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
                subcontract_without_consent=True, contract_kind="goods_or_licence"),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=1600000),
                tco=dict(value=1600000, base=860000), forum_outside=False,
                design=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z02": dict(category="hardware", terms=T(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                liability_cap_pct=50, prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36,
                post_warranty_fee_pct=8, termination_for_breach=False, contract_kind="goods_or_licence"),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=2062000),
                tco=dict(value=2062000, base=1636000), forum_outside=False,
                design=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-TERMINATION"]),
    "z03": dict(category="cloud", terms=T(availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
                ld_rate_per_day_pct=900 / 846000 * 100, auto_renewal_price_increase=True),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=846000),
                tco=None, forum_outside=False, design=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY"]),
    "z04": dict(category="services", terms=T(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=368000),
                tco=None, forum_outside=False, design=[]),
    "z05": dict(category="software", terms=T(p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                buyer_owns_data=False, prepayment_pct=62, acceptance_clause=False, final_payment_on_acceptance=False,
                warranty_months=6, post_warranty_fee_pct=28, subcontract_without_consent=None, governing_law=None,
                contract_kind="goods_or_licence"),
                extra=dict(sla_clause=True, ld_stated=False, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=True, contract_value=630000),
                tco=dict(value=630000, base=420000), forum_outside=False,
                design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                        "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(category="software", terms=T(sla_remedy=False, ld_rate_per_day_pct=0.1, liability_cap_pct=60,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                contract_kind="goods_or_licence"),
                extra=dict(sla_clause=False, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=1080000),
                tco=dict(value=1080000, base=780000), forum_outside=False,
                design=["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e02": dict(category="cloud", terms=T(availability_pct=99.5, p1_response_hours=1, data_security_clause=False,
                ld_rate_per_day_pct=300 / 396000 * 100, liability_cap_pct=200, auto_renewal_price_increase=True),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=396000),
                tco=None, forum_outside=False,
                design=["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-AVAILABILITY"]),
    "e03": dict(category="hardware", terms=T(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
                final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                contract_kind="goods_or_licence"),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=1212000),
                tco=dict(value=1212000, base=1053600), forum_outside=False, design=[]),
    "e04": dict(category="services", terms=T(availability_pct=99.95, p1_response_hours=0.5,
                ld_rate_per_day_pct=400 / 1598000 * 100, liability_cap_pct=150, subcontract_without_consent=True),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1598000),
                tco=None, forum_outside=False, design=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "e05": dict(category="cloud", terms=T(availability_pct=99.95, p1_response_hours=1,
                ld_rate_per_day_pct=360 / 528000 * 100, liability_cap_pct=150, governing_law="Bahrain"),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=528000),
                tco=None, forum_outside=True, design=["CR-GOVERNING-LAW"]),
}


def tco_share(d):
    """Policy §4 as I read it: horizon 5 years from acceptance; purchase + implementation = contract value;
    post-warranty years = horizon - warranty (pro rata); fee = pct x itemised licence/hardware subtotal."""
    t = d["terms"]
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * d["tco"]["base"]
    return fees / (d["tco"]["value"] + fees) * 100, d["tco"]["value"] + fees


def derive(d):
    """My own reading of policy.md §3 applied to the labels (not project code)."""
    t, x, r = d["terms"], d["extra"], []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if t["post_warranty_fee_pct"] is not None and x["post_warranty_fee_capped"] and tco_share(d)[0] > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if t["termination_for_breach"] is False:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or d["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]

# --- threshold scan --------------------------------------------------------------------------------------------
NB = r"(?<![\d.,])"  # no digit before
NA = r"(?![\d])"
TH = [
    r"99\.90*" + NA,
    NB + r"4\s*-?\s*(?:个)?\s*(?:小时|hours?\b|hrs?\b|h\b)", r"(?<![十百零\d])四\s*个?\s*小时", r"(?<![a-z])four\s*-?\s*hours?",
    NB + r"240\s*(?:分钟|min)",
    NB + r"0\.050*\s*(?:%|％|per\s*cent|percent|percentage)", r"万分之五(?![十百千\d])", NB + r"0\.5\s*‰",
    NB + r"100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之(?:一)?百", r"(?<![a-z])one\s*hundred\s*per\s*cent",
    NB + r"30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"(?<![a-z])thirty\s*per\s*cent",
    NB + r"12\s*-?\s*个\s*月", r"十二\s*个?\s*月", NB + r"12\s*-?\s*months?", r"(?<![a-z])twelve\s*-?\s*months?",
    r"一\s*年", r"(?<![a-z])one\s*-?\s*years?\b", NB + r"1\s*-?\s*years?\b", NB + r"365\s*(?:days|天|日)",
    NB + r"15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之十五(?![点.])", r"(?<![a-z])fifteen\s*per\s*cent",
    NB + r"40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"(?<![a-z])forty\s*per\s*cent",
    NB + r"5\s*-?\s*(?:个)?\s*(?:年|years?\b)", r"五\s*年", r"(?<![a-z])five\s*-?\s*years?", NB + r"60\s*-?\s*(?:个)?\s*(?:月|months?)",
    r"(?<![a-z])sixty\s*-?\s*months?",
]
TH_RE = [re.compile(p, re.I) for p in TH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "百分之百", "百分之一百", "30%", "30 %", "百分之三十", "三成", "12个月", "12 个月",
            "十二个月", "一年", "twelve months", "12 months", "one year", "one-year", "15%", "百分之十五", "40%", "四成",
            "百分之四十", "5年", "5 年", "五年", "five years", "5 years", "60 months", "60个月", "0.05 percentage point"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "2030年", "万分之五十", "服务年度",
             "Subscription Year", "14%", "35%", "140%", "0.5%", "2025年12月31日", "24 hours a day", "首个服务年度",
             "一级故障", "0.1 percentage point", "1.5秒", "45%", "25 years", "36 months", "8%", "Priority 1"]


def th_hits(text):
    return [m.group(0) for rx in TH_RE for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert th_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not th_hits(s), ("must miss", s, th_hits(s))


# --- read back --------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    sources, targets = {}, {}
    for k, (name, lang, fmt, src) in FILES.items():
        if fmt in ("docx", "pdf"):
            sources[k], targets[k] = src, (name, fmt)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)
    covered, bad = set(), []
    for k, (name, lang, fmt, src) in FILES.items():
        d = D[k]
        rules = derive(d)
        assert rules == sorted(d["design"]), (k, rules, d["design"])
        covered |= set(rules)
        t = d["terms"]
        thr = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
                   prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)
        for key, v in thr.items():
            assert t[key] is None or abs(t[key] - v) > 1e-9, (k, key)
        share = None
        if d["tco"]:
            share, total = tco_share(d)
            assert abs(share - 40) > 2, (k, share)
        extra = dict(d["extra"])
        if t["contract_kind"] != "goods_or_licence":
            extra.pop("post_warranty_fee_capped", None)
        label = {"file": name, "language": lang, "category": d["category"], "expected_terms": t,
                 "expected_extra": extra, "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        back = read_back(OUT / name)
        n = measure(back, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        hits = set()
        for variant in (src, " ".join(src.split()), "".join(src.split()), back, " ".join(back.split()),
                        "".join(back.split())):
            hits |= set(th_hits(variant))
        print(f"{name}: {lang} {n} {'ok' if ok else 'OUT OF RANGE'} rules={rules} risk={risk(rules)}"
              + (f" tco_share={share:.2f} tco={total:.0f}" if share is not None else "") + (f" HITS={hits}" if hits else ""))
        if not ok or hits:
            bad.append(k)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    mix = [len(derive(D[k])) for k in FILES]
    print("coverage ok: all 20 rules;", "findings per draft", mix)
    if bad:
        print("PROBLEMS:", bad)
        sys.exit(1)


if __name__ == "__main__":
    main()
