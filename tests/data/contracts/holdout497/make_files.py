"""holdout497: builds ten blind, ordinary draft contracts and their labels, checks lengths, thresholds and rule coverage.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). The .txt/.md files are written as they are; the
.docx/.pdf files are built with ../word_pdf.py (write(..., wrap_words=True)). Labels (.json) are written from LABELS.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H497Z01 = """T:临川市水务局供水调度平台软件许可及定制开发合同
P:合同编号：LCSW-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：临川市水务局　　地址：临川市赣东大道188号
P:乙方（供应商）：江西汇澜信息技术有限公司　　地址：南昌市红谷滩区丰和中大道966号
P:根据临川市供水调度平台采购项目（项目编号LCCG2026-0412）的招标文件、乙方投标文件及中标通知书，双方经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供供水调度平台软件（含管网GIS、水力模型、调度指挥、漏损分析模块）的永久使用许可，并按甲方需求完成定制开发、部署实施、数据迁移和培训。
P:1.2 定制开发内容包括：三座水厂生产数据接口、四十二座二次供水泵房接入、调度日报月报及领导驾驶舱，具体以附件一《需求规格说明书》为准。
P:1.3 平台部署在临川市政务云，乙方负责安装调试并与甲方现有营收系统、热线系统完成对接。
H:第二条 合同价格
P:2.1 本合同为固定总价合同，合同总价为人民币贰佰壹拾玖万元整（¥2,190,000.00），已含税费、差旅、实施及培训等全部费用。分项如下：
TB:序号|项目|金额（元）
TB:1|供水调度平台软件许可（永久许可，不限用户数）|1,180,000
TB:2|定制开发（水厂接口、泵房接入、报表及驾驶舱）|760,000
TB:3|部署实施与历史数据迁移|214,000
TB:4|操作及管理培训|36,000
TB:合计||2,190,000
P:2.2 上表第1项为软件许可费，是本合同维护费的计算基数。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥438,000。
P:3.2 系统初验合格后15个工作日内，甲方支付合同总价的45%，即¥985,500。
P:3.3 系统终验合格后15个工作日内，甲方支付合同总价的35%，即¥766,500。
P:3.4 甲方通过国库集中支付方式付款，乙方开具增值税专用发票。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后150日内完成全部部署和定制开发，并提交初验申请。
P:4.2 乙方应按周向甲方提交进度报告，重大变更须经甲方书面确认。
H:第五条 验收
P:5.1 初验标准：平台全部功能模块按附件一测试通过；三座水厂及四十二座泵房数据接入完整，数据刷新间隔不超过10秒；历史数据迁移抽检核对一致；第三方安全测评无高危漏洞。
P:5.2 初验合格后进入60日试运行。试运行期间系统无一级故障、调度报表准确、运行稳定的，由甲方组织专家进行终验并签署终验报告。
P:5.3 系统上线使用、试运行或甲方付款均不视为终验合格。验收不合格的，乙方应在10日内整改并重新提交验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供软件升级、缺陷修复和技术支持。
P:6.2 质保期满后，甲方如需继续维护，年度维护费不超过软件许可费的10%，即每年不超过¥118,000，且三个服务年度内不上调。维护服务按服务年度另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.5%，计划内维护须提前3个工作日通知甲方并在夜间进行。
P:7.2 一级故障（调度指挥或数据采集中断）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方每超时1小时，甲方从应付乙方的款项或维护费中扣减1,000元；月度可用率每低于承诺值0.1个百分点，扣减2,000元。
H:第八条 数据安全
P:8.1 平台内的供水调度数据、管网数据、用户数据及运行日志均属于甲方所有，乙方仅可为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》和网络安全等级保护三级要求，远程运维须经甲方审批并通过堡垒机进行，全程留痕。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:9.1 乙方对履约中知悉的供水设施布局、管网资料及甲方工作秘密负有保密义务，未经甲方书面同意不得向第三方披露。保密义务在合同终止后三年内持续有效。
H:第十条 知识产权
P:10.1 平台软件原有的知识产权归乙方所有，甲方获得永久使用许可。
P:10.2 定制开发成果（含源代码、接口程序、报表模板及全部文档）的知识产权归甲方所有，甲方可自行修改、使用或委托第三方维护，乙方应在终验时交付完整源代码。
H:第十一条 违约责任
P:11.1 乙方逾期完成交付或验收的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按应付金额的万分之二支付违约金。
H:第十二条 分包与解除
P:12.1 本项目不得分包或转包。
P:12.2 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交临川仲裁委员会仲裁。
H:第十四条 项目人员与培训
P:14.1 乙方应指派具有同类供水调度项目经验的项目经理常驻临川，项目经理及核心开发人员在项目期间不得随意更换；确需更换的，应提前10日书面报甲方同意，且接替人员资历不低于原人员。
P:14.2 乙方应为甲方调度中心、各水厂及信息科人员分批开展操作培训和系统管理培训，培训课时不少于40学时，并提供中文操作手册、管理员手册和应急处置手册，确保甲方人员能够独立完成日常调度操作和基础维护。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥109,500），可采用银行保函形式。终验合格后15个工作日内，甲方无息退还履约保证金。
P:15.2 乙方违反本合同约定的，甲方有权从履约保证金中扣除应由乙方支付的违约金和赔偿金。
H:第十六条 不可抗力
P:16.1 因地震、洪水等不可抗力致使合同不能按期履行的，受影响一方应在事件发生后3日内通知对方，并在15日内提供证明。双方可根据影响程度协商延长履行期限，受影响一方在不可抗力影响范围内免除责任。
H:第十七条 廉政要求
P:17.1 乙方不得向甲方工作人员提供任何形式的礼品、礼金或其他不正当利益。违反本条的，甲方有权解除合同，并依照政府采购有关规定处理。
H:第十八条 其他
P:18.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。附件一至附件三为本合同组成部分。
P:甲方（盖章）：临川市水务局　　　　乙方（盖章）：江西汇澜信息技术有限公司
P:代表签字：__________　　　　　　代表签字：__________
P:日期：2026年3月18日　　　　　　日期：2026年3月18日
"""

H497Z02 = """T:冲压线控制系统改造及维保合同
P:合同编号：RF-SB-2026-031
P:甲方（买方）：芜湖瑞丰汽车零部件有限公司　　地址：芜湖经济技术开发区凤鸣湖北路36号
P:乙方（卖方）：合肥科迈自动化工程有限公司　　地址：合肥高新区望江西路520号
P:鉴于甲方二号冲压车间四条冲压线的控制系统已运行多年、故障频发，乙方经比选中标，双方就控制系统改造及后续维保事宜订立本合同。
H:一、改造范围
P:（一）乙方负责拆除原有继电器控制柜，更换PLC控制柜、伺服驱动及电机，新增触摸屏、安全光栅及安全继电器，部署冲压线监控软件并接入甲方MES系统。
P:（二）改造须在甲方安排的停线窗口内分线进行，每条线停线不超过七日，不得影响其余冲压线生产。
H:二、合同价格
P:（一）本合同总价为人民币壹佰捌拾壹万壹仟元整（¥1,811,000），为固定总价，含设备、软件、运输、安装、调试、培训及税费。明细如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含CPU及I/O模块）|6套|98,000|588,000
TB:2|伺服驱动及电机改造|4套|126,000|504,000
TB:3|触摸屏HMI|6台|14,500|87,000
TB:4|安全光栅及安全继电器|12套|8,600|103,200
TB:5|冲压线监控软件许可（永久）|1套|168,000|168,000
TB:6|工业以太网交换机|8台|6,350|50,800
TB:软硬件小计|||||1,501,000
TB:7|编程调试及停线改造实施|1项|286,000|286,000
TB:8|操作及维修培训|1项|24,000|24,000
TB:合计|||||1,811,000
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即¥362,200。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的25%，即¥452,750。到货签收仅确认数量和外观，不代表质量验收。
P:（三）四条冲压线全部验收合格后，甲方支付合同总价的45%，即¥814,950。
P:（四）剩余10%即¥181,100作为质量保证金，质保期满且无未决质量问题后支付。
H:四、验收
P:（一）每条冲压线改造完成后进行单线验收，标准为：生产节拍不低于每分钟14次；连续72小时带料生产无停机故障；急停、光栅、双手按钮等安全功能全部测试有效；监控软件数据与MES记录一致。
P:（二）四条线均通过单线验收并稳定运行30日后，双方签署最终验收报告。设备通电试车或投入生产均不视为验收合格。
H:五、质保与维保
P:（一）质保期为二十四个月，自最终验收之日起计算。质保期内因设备或软件质量问题产生的维修、更换及上门服务均免费。
P:（二）质保期满后，乙方提供维保服务，年度维保费为软硬件小计的8%，即每年¥120,080，在质保期满后的三个服务年度内固定不变。维保合同按服务年度签订，不自动续期。
H:六、服务响应
P:（一）一级故障（整条冲压线停线）：乙方在30分钟内远程响应，3小时内工程师到场，8小时内恢复生产。
P:（二）二级故障（单台设备或单一功能异常）：2小时内响应，24小时内修复。
P:（三）乙方每超时1小时，甲方扣减当期质保金或维保费800元。
H:七、交付期限与违约金
P:（一）乙方应在合同生效后90日内完成全部四条冲压线改造并提交最终验收申请。
P:（二）乙方逾期的，每逾期一日按合同总价的千分之一支付违约金，累计不超过合同总价的10%；因乙方原因造成停线超过约定窗口的，另行赔偿甲方的停产损失。
H:八、数据与网络安全
P:（一）PLC程序、工艺参数、生产数据及设备运行数据均属于甲方，乙方仅为履行本合同使用，不得复制带离或向第三方提供。
P:（二）乙方远程维护须事先取得甲方书面批准，经甲方指定的VPN和堡垒机接入，禁止接入未经查杀的移动存储设备。
P:（三）发生网络安全事件或数据泄露的，乙方应在2小时内报告甲方；因乙方原因造成的，乙方承担全部赔偿责任。
H:九、保密
P:（一）双方对合同履行中知悉的对方技术资料和商业信息负有保密义务，保密期限至合同终止后三年。
H:十、知识产权
P:（一）为本项目编写的PLC程序、HMI画面、MES接口程序及全部图纸文档归甲方所有，甲方可自行修改和使用。
P:（二）监控软件原有知识产权归其权利人所有，甲方获得永久使用许可。
H:十一、分包
P:（一）乙方可将电气安装、线缆敷设及控制柜搬运工作分包给第三方，但应在进场前5个工作日书面通知甲方，并对分包方的工作质量和安全承担责任。
H:十二、合同解除
P:（一）本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得解除本合同。
P:（二）乙方违约的，甲方有权要求乙方继续履行、采取补救措施并按本合同支付违约金，但不得以此为由解除合同。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，提交芜湖仲裁委员会仲裁。
H:十四、现场施工与安全
P:（一）乙方人员进入甲方厂区应遵守甲方的安全生产、能源隔离（上锁挂牌）和动火作业管理制度，佩戴劳动防护用品，服从甲方车间主任和安全员的管理。
P:（二）改造期间乙方应做好旧设备拆除、线缆回收和现场清洁，拆除的旧控制柜、电机等物资归甲方所有，由乙方运至甲方指定仓库。
P:（三）因乙方违反安全管理规定造成人员伤害或设备损坏的，由乙方承担全部责任。
H:十五、技术资料与培训
P:（一）乙方应在最终验收前向甲方移交电气原理图、接线图、PLC程序备份、HMI工程文件、软件安装介质、备品备件清单及操作维护手册，资料应为中文版本，并同时提供纸质版和电子版。
P:（二）乙方应为甲方设备科电工及冲压线操作工分别开展培训，内容包括日常操作、安全功能检查、常见故障诊断和程序备份恢复，培训合格后由乙方出具培训记录。
H:十六、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，履行期限相应顺延。
H:十七、变更
P:（一）甲方需要增加或调整改造内容的，应书面通知乙方，双方协商确定费用和工期后签订补充协议。未经甲方书面确认，乙方不得擅自变更设备品牌、型号或技术方案。
P:（二）乙方选用的PLC、伺服及安全器件应为投标文件所列品牌的全新原装正品，并提供原厂合格证明和报关或采购凭证。
H:十七之一、备品备件
P:乙方应在最终验收时向甲方提供随机备件，并在质保期内保证常用备件在芜湖或合肥仓库有库存，确保一级故障时备件可在当天送达现场。
H:十八、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方：芜湖瑞丰汽车零部件有限公司（盖章）　　乙方：合肥科迈自动化工程有限公司（盖章）
P:授权代表：__________　　授权代表：__________　　日期：2026年4月9日
"""

H497Z03 = """门店预约及会员管理系统（SaaS）订阅与实施服务合同

合同编号：YW-CS-2026-0528

甲方（客户）：长沙谜途文化传播有限公司
地址：长沙市岳麓区麓谷大道627号
乙方（服务商）：杭州约玩网络科技有限公司
地址：杭州市余杭区文一西路1818号

甲方在长沙、株洲、湘潭经营"谜途"剧本杀连锁门店共18家。为统一各门店的场次预约、拼车组局、会员储值与积分管理，甲方决定订阅乙方的"约玩"门店预约及会员管理系统，并委托乙方完成上线实施。双方经协商一致，订立本合同。

1. 服务内容
1.1 乙方通过互联网向甲方提供"约玩"系统的在线订阅服务，包括：场次预约与拼车组局、微信小程序预订、会员储值与积分、优惠券营销、DM（主持人）排班、门店经营报表。
1.2 乙方负责上线实施：18家门店的剧本库及房间配置、现有会员数据（约六万条）及储值余额迁移、小程序页面配置、收银对账设置、门店店长及DM培训。
1.3 服务期为两个服务年度，自2026年7月1日起至2028年6月30日止。

2. 费用
2.1 本合同费用明细如下：
   门店订阅费：18家 × 9,800元/服务年度 = 176,400元/服务年度
   总部管理模块订阅费：36,000元/服务年度
   订阅费小计：212,400元/服务年度，两个服务年度合计424,800元
   上线实施费（一次性）：58,000元
   合同总价：人民币482,800元（肆拾捌万贰仟捌佰元整），含税。
2.2 服务期内甲方新增门店的，按每店每服务年度9,800元按月折算另行计费，不计入合同总价。

3. 付款
3.1 订阅费按季度结算，每季度53,100元，甲方在每季度结束后15日内凭乙方发票支付。
3.2 上线实施费在上线验收合格后15日内一次性支付。
3.3 甲方无需在服务开始前预付任何费用。

4. 上线与验收
4.1 乙方应在2026年6月20日前完成全部18家门店的配置和数据迁移，具备上线条件。
4.2 上线验收标准：（1）18家门店均可通过小程序和前台完成预约、拼车、签到和结账；（2）会员数量、储值余额、积分与原系统逐条核对一致；（3）小程序支付与银行到账流水连续7日对账无差异；（4）周末高峰每秒200次预约请求下页面响应不超过2秒。
4.3 上线验收由甲方书面确认。门店开始使用或甲方付款均不视为验收合格。
4.4 乙方未能按4.1约定时间具备上线条件的，每逾期一日向甲方支付违约金500元。

5. 服务水平
5.1 系统月度可用率不低于99.95%（计划内维护除外，计划内维护须安排在凌晨2点至6点之间并提前48小时通知）。
5.2 一级故障（全部或多家门店无法预约或支付）：乙方15分钟内响应，2小时内恢复；二级故障（单店或单一功能异常）：1小时内响应，8小时内恢复。
5.3 月度可用率低于承诺值的，按当月订阅费的5%抵扣；低于99.5%的，按当月订阅费的10%抵扣。一级故障超过恢复时限的，每超过1小时另抵扣1,000元。

6. 数据
6.1 甲方的会员信息、预约记录、消费及储值数据归甲方所有，甲方可随时导出。
6.2 乙方有权对上述数据进行去标识化处理后，用于行业分析报告、产品改进以及向乙方其他客户提供的经营参考服务，该项权利在本合同终止后继续有效。
6.3 乙方应采取加密存储、访问控制、操作日志等安全措施，系统通过网络安全等级保护三级测评，数据存储于中国境内。发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担。
6.4 合同终止后30日内，乙方应向甲方移交全部数据，并在甲方确认后删除甲方数据副本。

7. 保密
7.1 双方对因本合同知悉的对方经营信息、价格信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密期限至合同终止后三年。

8. 知识产权
8.1 "约玩"系统及其后续版本的知识产权归乙方所有。
8.2 乙方为甲方专门设计的小程序页面、剧本介绍模板和营销活动方案归甲方所有，甲方可自行修改、使用或交由第三方使用。

9. 续期
9.1 服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，此后亦同。
9.2 续期时乙方有权按其届时公布的标准价格调整订阅费，调整后的价格自续期之日起执行。

10. 违约责任
10.1 乙方的累计赔偿责任以合同总价的150%为限，但因数据泄露、故意或重大过失造成的损失不受此限。
10.2 甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。

11. 分包
11.1 乙方不得将本合同的实施或运维工作分包给第三方；确需分包的，须事先取得甲方书面同意。

12. 合同解除
12.1 一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
12.2 连续两个月可用率低于99.5%的，甲方有权解除合同，乙方退还未使用期间已付费用。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

14. 培训与客户服务
14.1 乙方应在上线前为甲方各门店店长、前台及DM分三批开展现场培训，内容包括预约排场、拼车组局、会员充值退款、优惠券核销及日结对账，并提供操作视频和常见问题手册。
14.2 服务期内乙方为甲方指定一名客户成功经理，每月回访一次，收集门店使用问题，每季度向甲方提交系统使用情况报告及优化建议。
14.3 乙方对系统进行版本升级的，应提前7日通知甲方，涉及门店操作流程变化的，应同步提供培训材料；升级不得降低本合同约定的功能。

15. 不可抗力
15.1 因不可抗力或基础电信网络大面积中断导致服务中断的，受影响一方应及时通知对方，在影响范围内免除责任，但乙方应尽快恢复服务。

16. 通知
16.1 本合同项下的通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱。任何一方变更联系方式的，应在变更后3日内通知对方。

17. 服务终止与数据移交
17.1 本合同因任何原因终止的，乙方应保证甲方在终止后30日内仍可登录系统导出数据，并按甲方要求提供会员、储值及预约数据的标准格式文件，协助甲方完成向新系统的迁移。
17.2 会员储值余额属于甲方对会员的负债，乙方不得以任何理由冻结、扣留或挪用。

17.3 乙方应在本合同终止后继续保存甲方数据30日，期满后删除，并向甲方出具删除确认书。

18. 其他
18.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：长沙谜途文化传播有限公司　　代表：__________
乙方（盖章）：杭州约玩网络科技有限公司　　代表：__________
签订日期：2026年5月28日
"""

H497Z04 = """衡阳市医疗保障事务中心医保结算审核系统运维服务合同

项目编号：HYCG-2025-CS-0936（竞争性磋商）
合同编号：HYYB-YW-2026-01

甲方（采购人）：衡阳市医疗保障事务中心
地址：衡阳市华新开发区延安路27号
乙方（成交供应商）：湖南康衡信息技术有限公司
地址：长沙市天心区芙蓉南路二段128号

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就医保结算审核系统运维服务事项订立本合同。

第一条 服务内容
（1）乙方为甲方医保结算审核系统（含智能审核引擎、规则库、结算对账、稽核工作台）提供运维服务，保障全市定点医药机构结算业务连续运行。
（2）服务内容包括：驻场运维、应用及数据库巡检与性能优化、审核规则库按政策更新、安全加固、应急演练、故障处置及月度运维报告。
（3）服务期自2026年1月1日起至2026年12月31日止。

第二条 服务费用
（1）本合同总价为人民币伍拾叁万肆仟捌佰元整（¥534,800），为固定总价，含人员、工具、差旅及税费。明细如下：
    驻场运维服务（2名工程师，工作日驻场，节假日值守）：316,800元
    应用及数据库巡检与性能优化：84,000元
    审核规则库更新及测试：96,000元
    安全加固与应急演练：38,000元
（2）服务期内甲方不再另行支付加班费、差旅费等任何费用。

第三条 付款方式
（1）服务费按季度支付，每季度133,700元。
（2）每季度结束后，甲方按第六条进行季度考核，考核通过并收到发票后15个工作日内支付该季度服务费，考核扣款从当期服务费中扣除。
（3）本合同不设预付款。

第四条 服务要求
（1）乙方应在合同签订后5个工作日内派驻工程师进场，驻场人员须具备数据库或中间件相关认证，更换人员须经甲方书面同意。
（2）乙方每月5日前提交上月运维报告，内容包括系统运行指标、故障处理、规则更新及安全检查情况。
（3）国家或省级医保政策调整的，乙方应在甲方通知后10个工作日内完成审核规则的更新、测试和上线。

第五条 服务水平
（1）结算审核系统月度可用率不低于99.95%。
（2）一级故障（全市结算中断或审核引擎停止）：乙方15分钟内响应，1小时内恢复业务；二级故障（部分机构结算异常）：30分钟内响应，3小时内恢复；三级故障（不影响结算的功能问题）：2小时内响应，3个工作日内解决。
（3）乙方每超过响应或恢复时限1小时，扣减当季服务费1,000元；月度可用率每低于承诺值0.01个百分点，扣减当季服务费2,000元。

第六条 考核与验收
（1）季度考核指标：可用率、故障响应及恢复时限、规则更新时效、巡检完成率、运维报告质量，考核细则见附件二。考核结果由甲方书面确认。
（2）服务期满后，甲方组织年度终验，标准为：全部季度考核通过；运维文档、脚本、规则配置及账号清单完整移交；无未关闭的一级、二级故障。终验合格后甲方出具验收报告。
（3）甲方支付服务费不视为对乙方服务的验收确认。

第七条 数据安全
（1）系统中的参保人员信息、结算数据、审核结果及日志均属于甲方所有，乙方仅为履行本合同使用，不得复制、留存、加工或向任何第三方提供。
（2）乙方人员须签署保密承诺书，仅可在甲方机房或经甲方审批的专线通过堡垒机操作，严禁将数据拷贝至外部介质。
（3）发生数据泄露、篡改或其他安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方因此承担的行政处罚和对参保人的赔偿。

第八条 保密
乙方对履约过程中知悉的甲方工作秘密、系统架构、账号口令及参保人信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。

第九条 知识产权
乙方在服务中为甲方编写的运维脚本、审核规则配置、应急预案及各类文档归甲方所有，甲方可自行使用、修改或交由后续服务商使用。

第十条 违约责任
（1）乙方未按第四条第（1）项按时派驻工程师进场的，每逾期一日按合同总价的千分之一支付违约金。
（2）乙方连续两个季度考核不通过的，甲方有权扣除当季全部服务费并解除合同。
（3）甲方逾期付款的，每逾期一日按应付金额的万分之二支付违约金。

第十一条 分包
本项目不得分包或转包。

第十二条 合同解除
乙方严重违约，经甲方书面通知后10日内仍未改正的，甲方有权解除合同，并要求乙方赔偿由此造成的损失。

第十三条 期满
服务期满本合同终止，不自动续期。甲方如需继续采购运维服务，依法另行组织采购。乙方应在期满前完成交接，配合新服务商平稳过渡。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 人员管理
（1）乙方驻场工程师应遵守甲方的考勤、保密和机房管理制度，每日填写运维日志，重大操作须填写变更单并经甲方信息科负责人审批后方可执行。
（2）乙方应建立二线技术支持团队，在驻场人员无法解决问题时提供远程或现场支持，二线人员的响应时限同样适用第五条的约定。
（3）乙方人员离场时应交回门禁卡、账号和全部资料，乙方应在24小时内协助甲方完成账号注销。

第十六条 应急保障
（1）乙方应在服务期开始后30日内编制结算中断、数据库故障、网络攻击等应急预案，经甲方审定后执行。
（2）乙方每季度至少组织一次应急演练，年度结算、医保政策切换等重要时段应增派人员现场值守，保障全市定点医药机构结算业务不中断。

第十七条 不可抗力
因不可抗力导致合同不能履行的，受影响一方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。

第十八条 服务交接
（1）服务期开始时，乙方应与甲方及原服务商办理交接，核对系统清单、账号权限、运维文档和遗留问题，形成交接记录。
（2）服务期满或合同解除时，乙方应向甲方或甲方指定的服务商移交全部运维资料、脚本、规则配置及账号，并提供不少于15个工作日的交接支持，期间不另收费。交接完成后，乙方应书面确认已删除其持有的甲方数据。
（3）乙方未按约定完成交接的，甲方有权暂缓支付最后一个季度的服务费。

（4）乙方应配合甲方接受医保、审计、网信等部门的检查，如实提供运维记录、操作日志和安全检查资料，对检查发现的问题在规定期限内完成整改并书面报告甲方。

第十九条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。附件一为服务清单，附件二为考核细则。

甲方（盖章）：衡阳市医疗保障事务中心　　代表：__________
乙方（盖章）：湖南康衡信息技术有限公司　　代表：__________
签订日期：2025年12月22日
"""

H497Z05 = """# 软件许可及定制开发合同

**酿智软件标准合同文本 V4.0**（武汉酿智科技有限公司制定）

合同编号：NZ-HT-2026-0215

- 甲方（用户）：孝感市楚乡米酒有限公司，地址：孝感市孝南区槐荫大道77号
- 乙方（许可方）：武汉酿智科技有限公司，地址：武汉市东湖新技术开发区光谷大道35号

甲方为提升米酒发酵过程控制和成品仓储管理水平，选用乙方"酿智"发酵管理软件及仓储管理软件。双方依据本公司标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方授予"酿智"发酵过程管理软件及"酿智"仓储管理软件（WMS）的永久使用许可，许可范围为甲方孝感厂区。

1.2 乙方按甲方需求完成定制开发，包括：发酵罐温度及糖度采集接口（共24个发酵罐）、原料及成品批次追溯、库位条码管理、生产及库存报表。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 发酵过程管理软件许可（永久） | 420,000 |
| 2 | 仓储管理软件许可（永久） | 260,000 |
|  | 软件许可费小计 | 680,000 |
| 3 | 定制开发（采集接口、批次追溯、条码、报表） | 180,000 |
| 4 | 安装部署及培训 | 40,000 |
|  | **合同总价** | **900,000** |

合同总价为人民币玖拾万元整，含增值税。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即¥450,000，作为预付款。乙方收到预付款后启动项目。

3.2 软件安装部署完成后5个工作日内，甲方支付合同总价剩余的50%，即¥450,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方有权暂停服务。

## 第四条 交付

4.1 乙方应在收到预付款后90日内完成软件安装部署及定制开发。

4.2 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金。

## 第五条 验收

5.1 软件安装部署完成，即视为甲方验收合格。

5.2 甲方在安装部署后使用本软件的，视为对软件功能及定制开发成果的认可。

## 第六条 免费维护期

6.1 乙方提供六个月的免费维护，自软件安装部署完成之日起计算。

6.2 免费维护期内，乙方通过电话、远程方式提供技术支持，并将尽合理努力及时处理甲方提出的问题。乙方不对响应时间和处理时限作出承诺。

## 第七条 维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费小计的25%，即每年¥170,000。

7.2 年度维护服务内容包括软件升级、缺陷修复和远程技术支持。未购买维护服务的，乙方不再提供任何升级和技术支持。

## 第八条 知识产权

8.1 本软件及其文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的接口程序、追溯功能、报表及相关源代码，其知识产权均归乙方所有。甲方仅享有在本合同许可范围内的非独占使用权，不得修改、反向工程或提供给第三方。

## 第九条 数据

9.1 甲方在使用本软件过程中产生的发酵工艺数据、批次数据及库存数据归甲方所有，乙方仅可为提供技术支持而访问，不得用于其他目的。

9.2 乙方远程访问甲方系统须经甲方同意，采取身份认证和操作记录措施。因乙方原因导致甲方数据泄露、丢失或损坏的，乙方应及时通知甲方并采取补救措施，承担相应的赔偿责任。

## 第十条 保密

双方对在合作中知悉的对方技术秘密、配方工艺和商业信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（包括违约金）以合同总价的20%为限。

11.2 乙方不承担甲方的间接损失、利润损失及生产损失。

## 第十二条 合同解除

一方严重违约，经对方书面催告后30日内仍未纠正的，守约方有权解除本合同。

## 第十三条 争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条 实施与培训

14.1 乙方指派项目经理负责实施工作，甲方应指定对接人并提供服务器、网络环境及基础数据。因甲方未按时提供实施条件导致延误的，交付期限相应顺延。

14.2 乙方为甲方提供一次集中操作培训，培训对象为甲方发酵车间班组长、仓库管理员及信息管理人员，培训内容包括发酵批次建档、温度曲线查看、出入库扫码及报表查询。

14.3 甲方应按乙方提供的配置要求准备服务器及数据库软件，相关费用由甲方自行承担，不包含在合同总价内。

## 第十五条 甲方义务

15.1 甲方应按乙方要求提供发酵罐编号、原料及成品物料编码、库位信息等基础数据，并对其准确性负责。

15.2 甲方应妥善保管系统账号和密码。因甲方人员操作不当、擅自修改系统配置或服务器环境造成的系统故障，乙方提供的修复服务另行收费。

15.3 甲方不得将本软件转让、出租或提供给关联公司及其他第三方使用。

## 第十六条 不可抗力

因不可抗力导致本合同不能履行的，受影响一方在不可抗力影响范围内免除责任，但应及时通知对方。

## 第十七条 技术支持方式（含通知）

17.1 乙方提供工作日9:00至17:30的电话及远程技术支持，节假日不提供支持。甲方提出的问题由乙方客服登记后安排工程师处理。

17.2 需要乙方工程师到甲方现场处理的，甲方应承担工程师的差旅费用；免费维护期满且甲方未购买年度维护服务的，现场服务按乙方公布的人天单价收费。

17.3 甲方应安排专人负责系统日常管理，并按乙方建议定期备份数据库。因甲方未备份造成的数据损失，乙方不承担责任。

17.4 双方的通知以书面形式送达本合同首部所列地址。

## 第十七条之一 系统环境

本软件适用的操作系统、数据库及浏览器版本以乙方产品说明书为准。甲方自行升级操作系统、数据库或更换服务器的，应提前通知乙方；由此产生的适配工作不属于免费维护范围，费用由双方另行协商。乙方发布的新版本软件，甲方可在维护服务期内免费升级。

## 第十八条 其他

18.1 本合同未尽事宜，以乙方官方网站公布的《酿智软件许可条款》为准。

18.2 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：孝感市楚乡米酒有限公司　　授权代表：__________

乙方（盖章）：武汉酿智科技有限公司　　授权代表：__________

日期：2026年2月15日
"""

H497E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. MG-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 12 March 2026 between Maplegate Software Inc., a corporation incorporated under the laws of Ontario, with its office at 180 King Street South, Waterloo, Ontario, Canada ("Vendor"), and Shaoxing Hengda Dyeing and Finishing Co., Ltd., a company established in the People's Republic of China, with its office at 88 Binhai Road, Keqiao District, Shaoxing, Zhejiang ("Customer").
P:Background: Customer runs a fabric dyeing and finishing plant with forty-two dyeing machines and wishes to plan its production with Vendor's Loomwise advanced planning and scheduling software. Vendor has agreed to license the software perpetually and to implement it under the terms below.
H:Article 1 Definitions
P:1.1 "Software" means Vendor's Loomwise Planner and Loomwise Server products in the version current on the Effective Date, with their documentation. "Custom Deliverables" means the interfaces, reports, scheduling rules, scripts and documents that Vendor creates specifically for Customer under this Agreement. "Customer Data" means all data that Customer or its systems enter into or generate with the Software, including orders, recipes, machine data and personnel data. "Final Acceptance" has the meaning in Article 5.
H:Article 2 Licence
P:2.1 Vendor grants Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at Customer's Shaoxing plant for thirty-six named users and one production server, for Customer's internal business purposes.
P:2.2 Customer may make copies of the Software for backup, test and disaster recovery purposes. Additional users may be ordered at the unit price in Schedule A for two years after Final Acceptance.
H:Article 3 Price
P:3.1 At Customer's request all prices are stated and paid in Chinese yuan (CNY) and include applicable taxes. The Contract Price is fixed at CNY 1,368,000, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Loomwise Planner perpetual named-user licence|36|18,500|666,000
TB:Loomwise Server perpetual licence|1|254,000|254,000
TB:Licence subtotal|||920,000
TB:Implementation services (fixed price)|1|410,000|410,000
TB:Training (planners and key users)|1|38,000|38,000
TB:Contract Price|||1,368,000
P:3.2 The licence subtotal of CNY 920,000 is the base for the Annual Support Fee in Article 7.
H:Article 4 Payment
P:4.1 Customer shall pay 10% of the Contract Price (CNY 136,800) within thirty days after signature and receipt of Vendor's invoice.
P:4.2 Customer shall pay 55% of the Contract Price (CNY 752,400) within thirty days after Go-Live, meaning the first production schedule issued from the Software for all dyeing machines. Go-Live is a delivery milestone and is not acceptance.
P:4.3 Customer shall pay the remaining 35% of the Contract Price (CNY 478,800) within thirty days after Final Acceptance.
P:4.4 Invoices are issued as Chinese VAT invoices through Vendor's authorised invoicing agent in Hangzhou.
H:Article 5 Implementation and Acceptance
P:5.1 Vendor shall deliver the implementation services according to the project plan in Schedule B and achieve Go-Live within 120 days after the Effective Date.
P:5.2 After Go-Live, the Software shall run in production for thirty consecutive days. Final Acceptance is reached when all of the following criteria are met: (a) schedules for all forty-two machines are generated within ten minutes for a rolling horizon of fourteen days; (b) the interfaces to Customer's ERP and dyehouse control system transfer orders, recipes and machine status without error for ten consecutive working days; (c) the reports listed in Schedule B are produced and reconciled with ERP data; (d) no Severity 1 or Severity 2 defect remains open; and (e) the Custom Deliverables and their documentation have been handed over.
P:5.3 Customer shall sign a Final Acceptance certificate within ten working days after the criteria are met or give written reasons. Installation, Go-Live, production use and payment do not amount to acceptance.
P:5.4 If Go-Live is delayed for reasons attributable to Vendor, Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
H:Article 6 Warranty
P:6.1 Vendor warrants that the Software and the Custom Deliverables will conform to their documentation and to Schedule B for eighteen months from Final Acceptance (the "Warranty Period"). During the Warranty Period Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Support is provided by Vendor's Shanghai support desk in Chinese and English. Severity 1 means the Software cannot produce or publish schedules. For a Severity 1 defect Vendor shall respond within one hour, provide a workaround within eight hours and a fix within three working days. For a Severity 2 defect Vendor shall respond within two hours and fix it within five working days.
P:6.3 For each full hour by which Vendor misses a Severity 1 response or workaround time, Vendor shall credit Customer CNY 1,000, deducted from the next payment or support fee due.
H:Article 7 Support after the Warranty
P:7.1 After the Warranty Period Customer may order annual support. The Annual Support Fee is 14% of the licence subtotal, namely CNY 128,800 for each support year, and is fixed for the first three support years. Any later change requires written agreement and may not exceed 3% per year.
P:7.2 Annual support covers the same services and service levels as Article 6. Support is ordered by purchase order for each support year and does not renew automatically.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to Customer. Vendor may access and use Customer Data only to perform this Agreement and shall not copy, retain or disclose it for any other purpose.
P:8.2 The Software runs on Customer's own servers in Shaoxing. Vendor personnel may access Customer's systems remotely only through Customer's VPN after Customer approves each session, and all sessions are logged. Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law and shall not transfer Customer Data outside the People's Republic of China.
P:8.3 Vendor shall notify Customer within 24 hours of any security incident affecting Customer Data, assist Customer to contain it, and be liable for all loss caused by a breach of this Article by Vendor or its personnel.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including Customer's recipes, production volumes and prices, and shall use it only to perform this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 10 Intellectual Property
P:10.1 Vendor retains all intellectual property in the Software.
P:10.2 All rights in the Custom Deliverables vest in Customer on creation. Vendor shall deliver their source code at Final Acceptance, and Customer may use, modify and license them, and have them maintained by third parties, without restriction.
H:Article 11 Liability
P:11.1 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to personal injury, fraud, wilful misconduct, or breach of Articles 8 and 9.
H:Article 12 Subcontracting
P:12.1 Vendor shall not subcontract any part of the services without Customer's prior written consent and remains responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within thirty days after written notice, or if the liquidated damages under Article 5.4 reach their maximum. Vendor shall then refund the amounts paid for services not performed and for Software that cannot be used as intended.
P:13.2 Either party may terminate if the other becomes insolvent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Province of Ontario and the federal laws of Canada applicable therein.
P:14.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration under the Arbitration Rules of the ADR Institute of Canada. The seat of arbitration is Toronto, Ontario, and the language is English.
H:Article 14A Project Governance and Force Majeure
P:14A.1 Each party shall appoint a project manager. The project managers meet weekly during implementation, keep a shared list of risks and open issues, and agree any change to scope, price or dates in a written change order signed by both parties.
P:14A.2 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, uses reasonable efforts to limit the effect and resumes performance as soon as possible. Payment obligations for services already performed are not excused.
P:14A.3 Each party shall comply with applicable anti-bribery laws and shall not offer any improper payment or benefit to employees of the other party.
H:Article 15 General
P:15.1 This Agreement, with Schedule A (Prices) and Schedule B (Scope, Project Plan and Reports), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. Notices are given in writing to the addresses above.
P:Signed for Maplegate Software Inc.: ____________________  Name and title: ____________________
P:Signed for Shaoxing Hengda Dyeing and Finishing Co., Ltd.: ____________________  Name and title: ____________________
"""

H497E02 = """# ORDER FORM No. RL-2026-0417

**Routelune Inc.**, 1250 René-Lévesque Boulevard West, Montréal, Quebec, Canada ("Routelune")

**Customer:** Jiaxing Swiftway Logistics Co., Ltd., 55 Zhongshan Road East, Jiaxing, Zhejiang, People's Republic of China ("Customer")

This Order Form is issued under, and incorporates, the Routelune General Terms set out below. If this Order Form and the General Terms conflict, this Order Form prevails.

## 1. Services

1. Routelune Fleet, a hosted route-planning and dispatch service for Customer's delivery fleet of 120 vehicles, with the driver mobile app, live tracking, proof-of-delivery capture and the dispatch dashboard.
2. Onboarding: configuration of Customer's three depots, vehicle and driver master data, delivery time windows and routing rules; an interface to Customer's order system; training for dispatchers and drivers.

## 2. Subscription Term

1. The Subscription Term starts on 1 June 2026 (the "Subscription Start Date") and consists of two Subscription Years, ending on 31 May 2028.

## 3. Fees

At Customer's request all fees are quoted and invoiced in Chinese yuan (CNY), inclusive of VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Fleet subscription, 120 vehicles | CNY 2,200 per vehicle per Subscription Year | 264,000 per Subscription Year |
| Subscription, two Subscription Years | 2 x 264,000 | 528,000 |
| Onboarding (one-time) | fixed | 46,000 |
| **Total Order Value** | | **574,000** |

1. Additional vehicles above 120 are charged at CNY 200 per vehicle per month and are billed monthly in arrears; these usage charges are not part of the Total Order Value.
2. Subscription fees are invoiced quarterly in arrears (CNY 66,000 per quarter). The onboarding fee is invoiced after Go-Live Acceptance. No fees are payable before the Subscription Start Date.
3. Invoices are payable within thirty days.

## 4. Onboarding and Go-Live Acceptance

1. Routelune targets Go-Live by the Subscription Start Date and will use commercially reasonable efforts to meet that target. Target dates are estimates.
2. Go-Live Acceptance tests: (a) routes for a full working day of real orders for all three depots are generated within five minutes; (b) the order interface transfers orders and delivery status without error for five consecutive working days; (c) all 120 vehicles report positions in the dispatch dashboard; (d) proof-of-delivery photos and signatures are stored and retrievable. Customer confirms Go-Live Acceptance in writing when the tests are passed. Use of the Service in production before that confirmation is not acceptance.

## 5. Renewal

1. After the Subscription Term, this Order Form renews automatically for successive renewal periods of one Subscription Year each unless either party gives notice of non-renewal at least sixty days before the end of the current period.
2. For each renewal period Routelune may increase the subscription fees by up to 9% over the fees of the preceding period, by notice given at least forty-five days before the renewal.

Signed for Routelune Inc.: ____________________ Date: __________

Signed for Jiaxing Swiftway Logistics Co., Ltd.: ____________________ Date: __________

---

# ROUTELUNE GENERAL TERMS

## Section 1 Service

1.1 Routelune shall provide the Service described in the Order Form in accordance with its documentation and shall not materially reduce its functionality during the Subscription Term.

1.2 Customer shall use the Service only for its own delivery operations and shall keep its user credentials secure.

## Section 2 Service Levels

2.1 Routelune targets a monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least forty-eight hours in advance and performed between 01:00 and 05:00 China Standard Time.

2.2 Routelune's support desk in Shanghai responds to incidents as follows: Priority 1 (dispatch or the driver app is unavailable for all users) within one hour; Priority 2 (a major function degraded) within three hours; Priority 3 within two business days. Support is available around the clock for Priority 1 incidents.

2.3 The service levels in this Section are targets. No service credits, refunds, fee reductions or other compensation are payable if a service level is not met, and Customer's remedies for service failures are limited to those stated in Section 9.

## Section 3 Customer Data

3.1 Customer Data means all data submitted to the Service by or for Customer, including orders, addresses, recipient details, vehicle positions and driver information. Customer Data belongs to Customer.

3.2 Routelune may use Customer Data only to provide and support the Service for Customer and shall not use it for any other purpose, including analytics for other customers or the training of models.

3.3 Customer may export Customer Data at any time during the Subscription Term and for sixty days after it ends. Routelune then deletes Customer Data and confirms the deletion in writing.

## Section 4 Security

4.1 The Service is hosted in the Shanghai region of a mainland China cloud provider and has passed an MLPS level 3 assessment. Routelune maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, restricts access to named personnel with multi-factor authentication, and logs all administrative access.

4.2 Routelune shall notify Customer within 48 hours after becoming aware of any unauthorised access to, or loss of, Customer Data, shall take all reasonable steps to contain it, and shall be responsible for the losses Customer suffers as a result of a security incident caused by Routelune or its hosting provider.

## Section 5 Confidentiality

5.1 Each party shall protect the other party's Confidential Information with at least reasonable care, use it only for this agreement, and disclose it only to employees and advisers who need to know it and are bound by similar obligations. This obligation lasts for three years after the end of the Subscription Term.

## Section 6 Intellectual Property

6.1 Routelune owns the Service and all improvements to it.

6.2 The routing rules, depot configurations, templates and reports created for Customer during onboarding belong to Customer, who may use, modify and hand them to any third party without restriction.

## Section 7 Subcontracting

7.1 The hosting provider named in the Order Form annex is approved by Customer's signature. Routelune shall not engage any other subcontractor or sub-processor for the Service without Customer's prior written consent and remains responsible for all of them.

## Section 8 Liability

8.1 Each party's total liability arising out of this agreement is limited to two times the Total Order Value. This limit does not apply to breach of Sections 3, 4 or 5, to personal injury or to wilful misconduct.

8.2 Neither party is liable for indirect or consequential loss.

## Section 9 Term and Termination

9.1 Either party may terminate the Order Form by written notice if the other party commits a material breach and fails to cure it within thirty days after receiving written notice describing the breach.

9.2 On termination by Customer under Section 9.1, Routelune refunds any fees paid for the period after termination and supports the export of Customer Data.

## Section 10 Governing Law and Disputes

10.1 At Customer's request, the Order Form and these General Terms are governed by the laws of the People's Republic of China.

10.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time. The arbitral award is final and binding on both parties.

## Section 10A Customer Responsibilities

10A.1 Customer shall provide accurate master data, timely access to its order system and a project contact with authority to make decisions during onboarding. Routelune is not responsible for delays caused by Customer's failure to do so, provided it informs Customer promptly in writing.

10A.2 Customer is responsible for the lawful collection of the personal information of its drivers and recipients that it submits to the Service, including notices and consents required by the Personal Information Protection Law.

## Section 10B Force Majeure

10B.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, uses reasonable efforts to limit the effect and resumes performance as soon as possible. Payment obligations for services already performed are not excused.

## Section 10C Changes to the Service

10C.1 Routelune may update the Service from time to time, provided that updates do not materially reduce the functionality, security or service levels of the Service. Routelune shall announce material changes at least thirty days in advance in the release notes and the dispatch dashboard.

10C.2 Routelune shall provide release notes in Chinese and English and keep the previous version of the driver app usable for at least thirty days after a new version is published.

10C.3 Routelune shall give Customer access to a test environment with a copy of its configuration, so that dispatchers can try new releases before they reach production.

## Section 11 General

11.1 Neither party may assign the Order Form without the other's written consent, except to a successor of its whole business. Notices must be in writing and sent to the addresses on the Order Form. Amendments require a written document signed by both parties.
"""

H497E03 = """T:PURCHASE CONTRACT FOR COLD STORE MONITORING SENSORS AND SOFTWARE
P:Contract No. QDBL-PO-2026-066
P:Buyer: Qingdao Bingleng Cold Chain Logistics Co., Ltd., 16 Qianwangang Road, Huangdao District, Qingdao, Shandong, People's Republic of China (the "Buyer").
P:Supplier: Coastline Sensing Ltd., 4250 Kingsway, Burnaby, British Columbia, Canada (the "Supplier").
P:The Buyer operates a cold store with twelve freezer and chiller chambers in Huangdao. Following the Buyer's request for quotation of January 2026, the Buyer has selected the Supplier to supply, install and commission a wireless temperature and humidity monitoring system. This contract is on the Buyer's standard purchase terms.
H:1. Scope
P:1.1 The Supplier shall supply the equipment and software listed in clause 2, install and calibrate all sensors and gateways in the twelve chambers, loading docks and anterooms, install the monitoring software on the server supplied, configure alarms by SMS, telephone and the WeChat Work app, and train the Buyer's staff.
P:1.2 The system shall record the temperature in each chamber at least once per minute and keep the records for the period required by the GSP rules that apply to the Buyer's pharmaceutical customers.
H:2. Price
P:2.1 All prices are in Chinese yuan (CNY), fixed, and include delivery to site, duties, import clearance and VAT.
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Wireless temperature sensor, -40 to +30 degC|420|1,280|537,600
TB:Temperature and humidity sensor|60|1,460|87,600
TB:LoRaWAN gateway with 4G backup|12|18,400|220,800
TB:Door-open sensor|96|520|49,920
TB:Monitoring software, perpetual site licence|1|186,000|186,000
TB:Server with UPS|1|64,000|64,000
TB:Hardware and licence subtotal|||1,145,920
TB:Installation, calibration and commissioning|1|132,000|132,000
TB:Training|1|18,000|18,000
TB:Contract Price|||1,295,920
P:2.2 The Hardware and licence subtotal is the base for the support fee in clause 7.
H:3. Payment
P:3.1 The Buyer makes no advance payment.
P:3.2 65% of the Contract Price (CNY 842,348) is payable within thirty days after the Installation Certificate. The Installation Certificate confirms that the items are installed and switched on; it is not acceptance.
P:3.3 35% of the Contract Price (CNY 453,572) is payable within thirty days after Final Acceptance.
H:4. Delivery and Delay
P:4.1 The Supplier shall complete installation within seventy days after signature and shall work in the chambers only at times agreed with the Buyer's warehouse manager, wearing the cold-store protective equipment.
P:4.2 If the Supplier fails to reach Final Acceptance by the date in the project plan for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor, calibrated against a reference thermometer traceable to a national standard, reads within plus or minus 0.3 degC at two test points; (b) every chamber reports at least once per minute, with no gap longer than five minutes, during a fourteen-day trial run; (c) every alarm route is tested by raising and lowering the temperature of a test chamber; (d) records are exported in the format required by the Buyer's auditors; and (e) calibration certificates and as-built drawings are handed over.
P:5.2 The Buyer signs the Final Acceptance Certificate within seven days after the criteria are met or gives written reasons. Delivery, installation, use and payment are not acceptance.
H:6. Warranty
P:6.1 The Supplier warrants the equipment and the software for thirty-six months from Final Acceptance. During that period it shall repair or replace any defective item free of charge, including recalibration of sensors that drift beyond the tolerance in clause 5.1.
P:6.2 Severity 1 means the monitoring or alarm function is down for one or more chambers. For a Severity 1 fault the Supplier shall respond within thirty minutes, have an engineer on site within six hours and restore monitoring within twelve hours. For other faults it shall respond within two hours and fix them within three working days.
P:6.3 For each full hour by which the Supplier misses a Severity 1 time, the Buyer may deduct CNY 800 from any amount due to the Supplier.
P:6.4 The Supplier keeps a stock of spare sensors and gateways at its Qingdao service partner's warehouse throughout the warranty.
H:7. Support after the Warranty
P:7.1 After the warranty, the Supplier shall offer annual support at 9% of the Hardware and licence subtotal per year (CNY 103,132.80), fixed for the first two support years after the warranty. Support covers the services and response times in clause 6 and annual recalibration.
P:7.2 Support is ordered by a separate purchase order for each support year and does not renew automatically.
H:8. Buyer Data and Security
P:8.1 All measurement records, alarm logs and configuration data belong to the Buyer and may be used by the Supplier only to perform this contract.
P:8.2 The system runs on the Buyer's premises. Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN and is logged. The Supplier shall not copy Buyer data off site.
P:8.3 The Supplier shall notify the Buyer within twelve hours of any security incident affecting Buyer data and is liable for the loss caused by a breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep the other party's non-public information confidential, including the Buyer's customer list, site layout and prices, and use it only for this contract. This obligation survives for three years after the end of this contract.
H:10. Intellectual Property
P:10.1 The alarm rules, dashboards, report templates and drawings made for the Buyer belong to the Buyer, who may modify them and give them to another service provider.
P:10.2 The monitoring software remains the Supplier's property and is licensed to the Buyer perpetually for the site.
H:11. Liability
P:11.1 The Supplier's total liability under this contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 8 and 9, which are not limited.
H:12. Subcontracting
P:12.1 The Qingdao service partner named in the annex is approved on signature. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if the delay damages reach their maximum.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao.
H:14A. Site Rules, Insurance and Spare Parts
P:14A.1 The Supplier's staff shall follow the Buyer's site safety rules, food-safety hygiene rules and cold-store access procedures, and shall attend the Buyer's safety induction before starting work. The Supplier shall maintain public liability insurance covering the work on site and provide a copy of the policy before installation starts.
P:14A.2 The Supplier shall keep spare parts and replacement sensors of the same or a compatible type available for at least seven years after Final Acceptance, and shall inform the Buyer in writing at least six months before any item in clause 2 is discontinued, offering a compatible replacement.
P:14A.3 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, uses reasonable efforts to limit the effect and resumes performance as soon as possible. Payment obligations for services already performed are not excused.
P:14A.4 Changes to the scope, price or dates of this contract require a written change order signed by both parties. The Supplier shall not change the make or model of any item in clause 2 without the Buyer's written approval.
P:14A.5 The Supplier shall deliver the items in their original packaging with the manufacturer's certificates of conformity, the CE or CCC marks where applicable, and radio type approval for the LoRaWAN gateways and sensors under the rules of the People's Republic of China. The Supplier bears the risk of loss of each item until it is delivered to the Buyer's site and signed for. Title passes to the Buyer on delivery.
P:14A.6 Each party shall comply with applicable anti-bribery laws and shall not offer any improper payment or benefit to the employees of the other party.
P:14A.7 The Supplier shall hand over a list of all sensors with their serial numbers, positions and calibration dates, and shall update it whenever a sensor is replaced during the warranty or support period.
H:15. General
P:15.1 This contract is signed in two originals, in English and Chinese, which have equal effect. Annex 1: Chamber layout and sensor positions. Annex 2: Project plan. Annex 3: Approved service partner.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

H497E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** CMI-FS-2026-03

**Provider:** Cascadia Managed IT LLC, 9600 SW Nimbus Avenue, Beaverton, Oregon, United States of America ("Provider")

**Customer:** Foshan Meijia Furniture Co., Ltd., 21 Lecong Avenue, Shunde District, Foshan, Guangdong, People's Republic of China ("Customer")

**Date:** 20 April 2026

Customer manufactures upholstered furniture in two factories in Shunde and runs a showroom network in Guangdong. Provider operates a remote service desk and endpoint management platform. The parties agree as follows.

## 1. Services

1.1 Provider shall provide the managed IT services described in Schedule 1 (the "Services") for Customer's offices, factories and showrooms: a bilingual service desk, endpoint management for about 650 laptops and desktops, patching, antivirus management, Microsoft 365 administration, network monitoring and on-site field support.

1.2 The Services are delivered remotely from Provider's service centre and, for on-site work, by field engineers in Foshan.

## 2. Term

2.1 The Services start on 1 June 2026 (the "Service Commencement Date") and run for twenty-four months until 31 May 2028 (the "Term").

2.2 This Agreement does not renew automatically. Any extension must be agreed in writing by both parties, including its charges.

## 3. Charges and Payment

3.1 At Customer's request all charges are stated and paid in Chinese yuan (CNY), including VAT. The charges are set out in Schedule 2. The Total Contract Value is CNY 1,696,000.

3.2 The Monthly Service Charge is invoiced monthly in arrears. The Transition Fee is invoiced after Service Commencement Acceptance. No amount is payable in advance.

3.3 Invoices are payable within thirty days of receipt.

## 4. Transition and Service Commencement Acceptance

4.1 Before the Service Commencement Date, Provider shall carry out the transition in Schedule 1, Part B: asset inventory, installation of the management agent, knowledge transfer from Customer's current IT staff, and set-up of the service desk.

4.2 Service Commencement Acceptance requires that: (a) the management agent reports from every endpoint in the asset inventory; (b) the service desk handles test tickets in Chinese and English within the Schedule 3 response times; (c) a trial patch cycle is completed on a pilot group without incident; and (d) runbooks for the twenty most frequent requests are approved by Customer. Customer confirms acceptance in writing. Starting the Services or paying an invoice is not acceptance.

4.3 If Service Commencement Acceptance is delayed beyond the Service Commencement Date for reasons attributable to Provider, Provider shall pay CNY 1,200 for each day of delay.

## 5. Service Levels

5.1 Provider shall meet the service levels in Schedule 3 and report on them monthly.

5.2 If a service level is missed, Provider shall grant the service credits in Schedule 3, deducted from the next invoice. Credits do not limit Customer's other rights.

## 6. Customer Data

6.1 Customer Data means all data of Customer that Provider accesses in performing the Services, including user accounts, emails, files on endpoints, design drawings and employee information. Customer Data remains the property of Customer.

6.2 Provider may use Customer Data only to perform the Services and shall return it to Customer on request and at the end of the Term.

## 7. Confidentiality

7.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for three years after the end of the Term.

## 8. Work Products

8.1 Runbooks, knowledge articles, scripts, configuration baselines and reports prepared for Customer belong to Customer, who may use, modify and pass them to any successor provider without restriction.

## 9. Personnel and Subcontracting

9.1 Provider shall assign suitably qualified staff and a named service manager.

9.2 Provider may use subcontractors for on-site field support and out-of-hours monitoring by giving Customer written notice of the subcontractor's name at least ten days before it starts work. Provider remains responsible for its subcontractors.

## 10. Liability

10.1 Each party's total liability under this Agreement is limited to 150% of the Total Contract Value, except for personal injury and wilful misconduct, which are not limited.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and does not remedy it within thirty days after notice, or if service credits reach their monthly maximum in three consecutive months.

11.2 On expiry or termination, Provider shall provide exit assistance for up to sixty days at the rates in Schedule 2 and hand over all work products and credentials.

## 12. Governing Law and Disputes

12.1 At Customer's request this Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen.

## 13. Governance

13.1 Provider's service manager and Customer's IT manager meet monthly to review the service report, open problems, planned changes and improvement proposals. A quarterly review with senior managers of both parties considers service performance, projects and the forecast number of endpoints.

13.2 Changes to the Services or the Charges require a written change note signed by both parties. Provider shall not reduce the scope of the Services to meet a service level.

13.3 Provider shall keep an up-to-date asset register, network diagram and password vault for Customer's environment, accessible to Customer at any time, and shall hand them over at the end of the Term. Provider shall propose, at least once per quarter, measures to reduce recurring incidents and to improve the end-user experience, with their expected cost and benefit.

13.4 Customer shall give Provider's staff the access, accounts and workspace reasonably needed to perform the Services, and shall inform Provider of planned changes to its offices, factories and showrooms.

13.5 Provider shall give each new Customer employee a standard laptop set-up within two business days after receiving the request, and shall collect, wipe under Customer's supervision and return to stock each laptop of a departing employee. Provider shall keep a record of every device handed out or returned and report it monthly to Customer's IT manager together with the licence counts for Microsoft 365 and the security tools.

## 14. Force Majeure

14.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, uses reasonable efforts to limit the effect and resumes performance as soon as possible. Payment obligations for services already performed are not excused.

## 15. General

15.1 Notices must be in writing and sent to the addresses above. Neither party may assign this Agreement without the other party's written consent. This Agreement, with its Schedules, is the entire agreement of the parties on its subject.

Signed for Cascadia Managed IT LLC: ____________________

Signed for Foshan Meijia Furniture Co., Ltd.: ____________________

---

## Schedule 1 Services

**Part A Run services**

| Service | Description | Hours |
|---|---|---|
| Service desk | telephone, WeChat Work and e-mail support in Chinese and English | 07:30 to 21:00 daily |
| Endpoint management | agent-based inventory, software distribution, patching within fourteen days of release | continuous |
| Security tooling | antivirus and disk encryption management, alert triage | continuous |
| Microsoft 365 | accounts, licences, mailboxes, Teams | business hours |
| Network monitoring | factory and showroom switches, Wi-Fi, WAN links | continuous |
| Field support | on-site engineer at either factory | business hours, other times on call |

**Part B Transition**: asset inventory, agent roll-out, knowledge transfer, service desk set-up, runbooks, within forty-five days before the Service Commencement Date.

## Schedule 2 Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | per month, 24 months | 68,500 |
| Service charges over the Term | 24 x 68,500 | 1,644,000 |
| Transition Fee | one-time | 52,000 |
| **Total Contract Value** | | **1,696,000** |
| Additional endpoints above 700 | per endpoint per month, not in the Total Contract Value | 95 |
| Exit assistance | per engineer day | 2,400 |

## Schedule 3 Service Levels and Credits

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | a factory production office or the showroom sales system cannot work | 30 minutes | 6 hours |
| P2 | a department or a key user is affected | 1 hour | 1 business day |
| P3 | a single user or a service request | 8 business hours | 3 business days |

| Measure | Target | Credit if missed |
|---|---|---|
| P1 response and resolution | each incident | 2% of the Monthly Service Charge per incident |
| P2 resolution | each incident | 1% of the Monthly Service Charge per incident |
| Patch cycle | monthly cycle completed within fourteen days of release | 1% of the Monthly Service Charge |
| Monthly maximum | | 12% of the Monthly Service Charge |
"""

H497E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. MSD-2026-HB-07

THIS AGREEMENT is made on 6 May 2026

BETWEEN

Mesa Skydata LLC, a limited liability company organised in New Mexico, with its principal office at 1600 South Main Street, Las Cruces, New Mexico, United States of America ("Mesa"); and

Harbin Beifeng Seed Industry Co., Ltd., a company established in the People's Republic of China, with its office at 318 Xuefu Road, Nangang District, Harbin, Heilongjiang ("Customer").

BACKGROUND

Customer breeds and sells soybean and maize seed and runs trial fields across Heilongjiang and Jilin. Customer wishes to receive weather, soil moisture and crop-stage data for its trial fields and for the counties where its seed is sold, and to use that data in its own planning and agronomy systems. Mesa provides such data through a web API built on satellite, radar and station observations.

1. DEFINITIONS

1.1 "API" means Mesa's AgroSky data application programming interface, including the endpoints for daily and hourly weather, soil moisture, growing degree days, crop-stage estimates and fourteen-day forecasts.

1.2 "Subscription Year" means the period from 1 June 2026 to 31 May 2027 (the first Subscription Year) and the period from 1 June 2027 to 31 May 2028 (the second Subscription Year).

1.3 "Customer Data" means the field boundaries, trial locations, planting dates, variety codes, API keys and query logs that Customer provides or that are generated by Customer's use of the API.

1.4 "Mesa Data" means the data returned by the API.

2. SUBSCRIPTION

2.1 Mesa grants Customer a non-exclusive, non-transferable right during the two Subscription Years to call the API, store the Mesa Data in Customer's own systems and use it for Customer's internal business, including reports to Customer's dealers and growers.

2.2 The subscription includes up to 3,000,000 API calls per Subscription Year, coverage of up to 1,500 field polygons and all counties of Heilongjiang and Jilin provinces.

2.3 Mesa shall also provide integration support: a sandbox, a Python and Java client library, and an adapter that loads daily Mesa Data into Customer's agronomy database, configured and tested with Customer's IT team.

3. FEES AND PAYMENT

3.1 At Customer's request all fees are stated and paid in Chinese yuan (CNY), inclusive of VAT:

   Subscription Fee, first Subscription Year ........ CNY 186,000
   Subscription Fee, second Subscription Year ....... CNY 186,000
   Integration support (one-time) ................... CNY 24,000
   Total Contract Value ............................. CNY 396,000

3.2 API calls above the annual quota are charged at CNY 0.08 per call and invoiced quarterly in arrears. They are not part of the Total Contract Value.

3.3 The Subscription Fee is invoiced quarterly in arrears (CNY 46,500 per quarter). The integration support fee is invoiced after Integration Acceptance under clause 5. No fee is payable before the first Subscription Year starts.

3.4 Invoices are payable within thirty days after receipt.

4. DELIVERY OF PRODUCTION ACCESS

4.1 Mesa shall issue production API keys and deliver the adapter by 1 June 2026.

4.2 If production access or the adapter is late for reasons attributable to Mesa, Mesa shall pay Customer CNY 300 for each day of delay, deducted from the next invoice.

5. INTEGRATION ACCEPTANCE

5.1 Integration Acceptance requires that: (a) the adapter loads the daily Mesa Data for all registered field polygons into Customer's agronomy database for ten consecutive days without manual correction; (b) the values loaded match the values returned by the API for a sample of fifty fields chosen by Customer; (c) a historical back-fill of three seasons is complete; and (d) the adapter's documentation and source code are handed over.

5.2 Customer confirms Integration Acceptance in writing within five working days after the criteria are met or gives reasons. Use of the API before that confirmation is not acceptance.

6. SERVICE LEVELS

6.1 Mesa shall make the production API available 99.5% of the time in each calendar month, excluding maintenance announced at least three days in advance and performed outside 05:00 to 20:00 China Standard Time.

6.2 Daily data shall be published by 06:00 China Standard Time each day.

6.3 Mesa's support desk responds to a Priority 1 incident (the API or daily data unavailable for all users) within two hours, at any time of day, and to other incidents within one business day.

6.4 If monthly availability falls below the level in clause 6.1, Customer receives a credit of 5% of the monthly equivalent of the Subscription Fee; if it falls below 98.5%, the credit is 10%. Each late daily publication earns a further credit of CNY 200. Credits are deducted from the next invoice.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Mesa may use it only to provide the API and support to Customer and shall not sell it, combine it with other customers' data or use it for any other purpose.

7.2 For Customer, the API is served from a mainland China cloud region operated by Mesa's hosting provider. Mesa encrypts Customer Data in transit and at rest, restricts access to named support staff, and keeps access logs for the duration of this Agreement.

7.3 Mesa shall notify Customer within 48 hours after it becomes aware of any unauthorised access to or loss of Customer Data, shall take reasonable steps to contain it, and shall compensate Customer for losses caused by a security incident for which Mesa or its hosting provider is responsible.

7.4 At the end of this Agreement Mesa deletes Customer Data and confirms the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Mesa owns the API and the Mesa Data. Customer may keep and use Mesa Data received during the Agreement after it ends, for its internal business.

8.2 The adapter and any scripts made for Customer belong to Customer, who may modify them and have them maintained by any third party. Analyses, maps and reports that Customer derives from Mesa Data belong to Customer.

9. LIABILITY

9.1 Mesa's total liability arising out of or in connection with this Agreement is limited to the fees paid by Customer in the six months before the event giving rise to the claim.

9.2 Neither party is liable for lost crops, lost profits or other indirect loss. Weather forecasts are estimates and Customer remains responsible for its own agronomic decisions.

10. SUBCONTRACTING

10.1 The hosting provider named in the annex is approved by Customer's signature. Mesa shall not subcontract any other part of its obligations without Customer's prior written consent.

11. TERM AND TERMINATION

11.1 This Agreement runs until the end of the second Subscription Year and then expires. It does not renew automatically; any renewal requires a new written agreement, including its fees.

11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after written notice. Customer may also terminate if availability is below the level in clause 6.1 in three months of any six. On termination by Customer, Mesa refunds the fees paid for any period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 At Customer's request, this Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Harbin Arbitration Commission for arbitration in Harbin. The award is final.

12A. CUSTOMER OBLIGATIONS

12A.1 Customer shall keep its API keys secure, shall not share them with third parties and shall inform Mesa without delay if a key may have been compromised. Mesa may then revoke the key and issue a new one free of charge.

12A.2 Customer shall not resell the Mesa Data as a data feed or make it available to the public in bulk. Customer may show Mesa Data and products derived from it to its dealers and growers in reports, maps and its grower app.

12B. FORCE MAJEURE

12B.1 Neither party is liable for a failure or delay caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided that it notifies the other party promptly, uses reasonable efforts to limit the effect and resumes performance as soon as possible. Payment obligations for services already performed are not excused.

12B.2 Mesa shall inform Customer at least ninety days in advance of any plan to retire an API endpoint used by the adapter, and shall provide an equivalent endpoint and support to migrate the adapter at no additional charge. Changes to the format of the Mesa Data are announced in the API change log at least thirty days before they take effect.

12B.3 Mesa shall provide Customer with a named account contact and, at Customer's request, a short review of API usage, data quality issues and planned product changes before the start of each sowing season.

13. GENERAL

13.1 Notices must be given in writing to the addresses above. Amendments require a written document signed by both parties. Neither party may assign this Agreement without the other's written consent.

SIGNED for Mesa Skydata LLC: ____________________  Name: ____________________

SIGNED for Harbin Beifeng Seed Industry Co., Ltd.: ____________________  Name: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key -> (file name, format, language)
    "h497z01": ("h497z01_water_bureau_dispatch_platform_licence.pdf", "pdf", "zh"),
    "h497z02": ("h497z02_auto_parts_press_line_control_retrofit.docx", "docx", "zh"),
    "h497z03": ("h497z03_script_murder_chain_booking_saas.txt", "txt", "zh"),
    "h497z04": ("h497z04_medical_insurance_audit_system_om.txt", "txt", "zh"),
    "h497z05": ("h497z05_rice_wine_fermentation_software_supplier_template.md", "md", "zh"),
    "h497e01": ("h497e01_dyeing_plant_scheduling_licence_ontario_vendor.pdf", "pdf", "en"),
    "h497e02": ("h497e02_logistics_route_planning_saas_order_form.md", "md", "en"),
    "h497e03": ("h497e03_cold_store_sensors_purchase.docx", "docx", "en"),
    "h497e04": ("h497e04_furniture_maker_managed_it_services.md", "md", "en"),
    "h497e05": ("h497e05_seed_company_weather_data_api.txt", "txt", "en"),
}
SOURCES = {k.lower(): v for k, v in globals().items() if re.fullmatch(r"H497[ZE]0\d", k)}

T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(cat, av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub, law, kind,
        sla, ld_st, capped, deemed, value):
    terms = dict(zip(T_KEYS, [av, p1, rem, ip, dsec, own, conf, ld, cap, pre, acc, fin, war, pwf, auto, term, sub,
                              law, kind]))
    extra = {"sla_clause": sla, "ld_stated": ld_st}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return cat, terms, extra


G, S = "goods_or_licence", "service"
LABELS = {
    #          cat        avail   p1    rem    ip          dsec  own    conf   ld      cap   pre   acc   fin    war  pwf  auto   term   sub    law        kind
    "h497z01": lab("software", 99.5, 0.5, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 10, False, True, False, "PRC", G,
                   True, True, True, False, 2190000),
    "h497z02": lab("hardware", None, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 24, 8, False, False, True, "PRC", G,
                   True, True, True, False, 1811000),
    "h497z03": lab("cloud", 99.95, 0.25, True, "buyer", True, False, True, 500 / 482800 * 100, 150, None, True, None, None, None, True, True, False, "PRC", S,
                   True, True, None, False, 482800),
    "h497z04": lab("services", 99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False, True, False, "PRC", S,
                   True, True, None, False, 534800),
    "h497z05": lab("software", None, None, False, "supplier", True, True, True, 0.02, 20, 50, False, False, 6, 25, False, True, None, "PRC", G,
                   False, True, True, True, 900000),
    "h497e01": lab("software", None, 1, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 18, 14, False, True, False, "Ontario", G,
                   True, True, True, False, 1368000),
    "h497e02": lab("cloud", 99.95, 1, False, "buyer", True, True, True, None, 200, None, True, None, None, None, True, True, False, "PRC", S,
                   True, False, None, False, 574000),
    "h497e03": lab("hardware", None, 0.5, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 9, False, True, False, "PRC", G,
                   True, True, True, False, 1295920),
    "h497e04": lab("services", None, 0.5, True, "buyer", False, True, True, 1200 / 1696000 * 100, 150, None, True, None, None, None, False, True, True, "PRC", S,
                   True, True, None, False, 1696000),
    "h497e05": lab("cloud", 99.5, 2, True, "buyer", True, True, False, 300 / 396000 * 100, 6 / 24 * 100, None, True, None, None, None, False, True, False, "PRC", S,
                   True, True, None, False, 396000),
}
# TCO fee base (itemised licence / hardware subtotal) for goods contracts: design data, not a label key.
FEE_BASE = {"h497z01": 1180000, "h497z02": 1501000, "h497z05": 680000, "h497e01": 920000, "h497e03": 1145920}

# Design list: the risky terms I wrote into each draft.
DESIGN = {
    "h497z01": {"CR-SLA-AVAILABILITY", "CR-LD-LOW"},
    "h497z02": {"CR-SUBCONTRACT", "CR-TERMINATION"},
    "h497z03": {"CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"},
    "h497z04": set(),
    "h497z05": {"CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-IP-OWNERSHIP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY",
                "CR-POST-WARRANTY-FEE", "CR-TCO-SERVICE-SHARE", "CR-LD-LOW", "CR-LIABILITY-CAP"},
    "h497e01": {"CR-GOVERNING-LAW"},
    "h497e02": {"CR-LD-MISSING", "CR-SLA-NO-REMEDY", "CR-AUTO-RENEWAL"},
    "h497e03": set(),
    "h497e04": {"CR-DATA-SECURITY", "CR-SUBCONTRACT"},
    "h497e05": {"CR-CONFIDENTIALITY", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"},
}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
            "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
            "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
            "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}


def tco(key):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = horizon - warranty (pro rata); fee base = the
    itemised licence/hardware subtotal. Returns (tco, post-warranty fees, share %) or None when not computable."""
    _, t, x = LABELS[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def rules_of(key):
    """My reading of policy.md §3, applied to the label only."""
    _, t, x = LABELS[key]
    r = set()
    goods = t["contract_kind"] == G
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    tc = tco(key)
    if goods and tc and tc[2] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return r


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---- threshold scan ---------------------------------------------------------------------------------------------
ND = r"(?<![\d.])"
THRESH = [re.compile(p, re.I) for p in [
    ND + r"99\.9(?!\d)\s*(%|％|percent)",
    ND + r"4\s*(小时|個小時|个小时|h\b|hours?\b|-hours?\b|hrs?\b)", r"(?<![十\d])四\s*(个)?小时", r"\bfour[\s-]hours?\b", ND + r"240\s*分钟",
    r"\b240\s*minutes", ND + r"0\.05(?!\d)\s*(%|％|percent)", r"万分之五(?![十百])", r"万分之0?\.?5(?!\d)",
    ND + r"100(?![\d.,])\s*(%|％|percent)", r"百分之百", r"one\s+hundred\s+per\s*cent",
    ND + r"30(?![\d.,])\s*(%|％|percent)", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s+per\s*cent",
    ND + r"12\s*(个月|個月|months?\b|-months?\b)", r"(?<![一二三四五六七八九十])十二\s*个月", r"\btwelve[\s-]months?\b",
    r"(?<![一二三四五六七八九十第每百千万])一年", r"\bone[\s-]years?\b", r"\ba\s+year\b(?!s)",
    ND + r"15(?![\d.,])\s*(%|％|percent)", r"百分之十五(?![一二三四五六七八九])", r"fifteen\s+per\s*cent",
    ND + r"40(?![\d.,])\s*(%|％|percent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"forty\s+per\s*cent",
    ND + r"5\s*(年|years?\b|-years?\b)", r"(?<![一二三四五六七八九十第])五\s*年", r"\bfive[\s-]years?\b",
    ND + r"60\s*(个月|months?\b|-months?\b)", r"六十\s*个月", r"\bsixty[\s-]months?\b",
]]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "four hours", "four-hour", "240分钟", "0.05%",
            "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months",
            "12-month", "一年", "one year", "15%", "15 %", "百分之十五", "40%", "四成", "5年", "五年", "5 years", "five years",
            "five-year", "60 months", "六十个月", "30 %", "a year"]
MUST_MISS = ["24小时", "24 hours", "二十四个月", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "Subscription Year", "130%", "12%", "25%", "1,400", "45%", "35%", "14%", "0.08%", "第五年", "每年", "10.05%",
             "1.5 years", "per Subscription Year", "2026年", "15日", "30日", "12套", "140%", "400%", "4G backup",
             "Priority 1 within one hour", "3% per year"]


def hits(text):
    return [m.group(0) for p in THRESH for m in p.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert hits(s), "must hit: " + s
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan(name, text):
    found = set()
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        found |= set(hits(variant))
    # whitespace-free English runs words together ("oneyear" cannot hit \b patterns); digits are covered above.
    return sorted(found)


# ---- build and read back ----------------------------------------------------------------------------------------
def read_back(path, fmt):
    if fmt in ("txt", "md"):
        return path.read_text(encoding="utf-8")
    if fmt == "docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def measure(text, lang):
    if lang == "zh":
        return len(text), len(re.sub(r"\s+", "", text))
    return len(text.split()), len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    built = {}
    for key, (name, fmt, lang) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
            print("wrote", name)
        else:
            built[key] = (name, fmt)
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)

    problems, covered = [], set()
    for key, (name, fmt, lang) in FILES.items():
        text = read_back(OUT / name, fmt)
        n1, n2 = measure(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok_len = lo <= n1 <= hi  # all characters of the read-back text (zh) / whitespace-separated words (en)
        bad = scan(name, text) + scan(name + " (source)", SOURCES[key])
        cat, terms, extra = LABELS[key]
        rules = rules_of(key)
        covered |= rules
        if rules != DESIGN[key]:
            problems.append((key, "rules differ from design", sorted(rules ^ DESIGN[key])))
        if not ok_len:
            problems.append((key, "length", n1, n2))
        if bad:
            problems.append((key, "threshold text", bad))
        # no label value on a threshold
        for k, v in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                     ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                     ("post_warranty_fee_pct", 15)):
            if terms[k] is not None and abs(terms[k] - v) < 1e-9:
                problems.append((key, "label on threshold", k))
        tc = tco(key)
        if tc and 38 <= tc[2] <= 42:
            problems.append((key, "TCO share near 40", tc[2]))
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": sorted(rules)}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                              encoding="utf-8")
        print(f"{name}: {lang} {n1}/{n2} {'chars' if lang == 'zh' else 'words'}; rules {sorted(rules)}; risk "
              f"{risk(rules)}" + (f"; TCO {tc[0]:.2f} share {tc[2]:.2f} %" if tc else ""))
    missing = set(SEVERITY) - covered
    if missing:
        problems.append(("set", "rules never fired", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, "fix the problems above"
    print("all checks passed; every rule fires at least once")


if __name__ == "__main__":
    main()
