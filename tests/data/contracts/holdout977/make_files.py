"""holdout977: builds the ten drafts from the sources below, writes the .json labels and asserts the checks.

Run: /work/main/.venv/bin/python -B make_files.py (in this folder). .docx/.pdf via ../word_pdf.py.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市卫生健康委员会安宁疗护服务管理平台采购合同
P:合同编号：WJW-ANLH-2027-018
P:采购方式：公开招标（政府采购）
P:甲方（采购人）：某市卫生健康委员会
P:乙方（供应商）：杭州颐康信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就安宁疗护服务管理平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。本合同采用甲方提供的合同文本。
H:第一条 项目内容
P:1.1 乙方向甲方提供安宁疗护服务管理平台软件（含患者登记评估、居家访视、床位与转介管理、志愿者管理、质控统计等模块）的永久使用许可，供全市二十六家安宁疗护试点机构使用，用户数不限。
P:1.2 乙方根据甲方需求开展定制开发，包括：与市全民健康信息平台的数据交换接口、与医保结算系统的对接、移动端居家访视应用、卫健委监管驾驶舱及十八张统计报表。
P:1.3 乙方负责平台部署、历史数据迁移、系统联调、用户培训及上线保障，并提交需求规格说明书、设计文档、测试报告、用户手册和运维手册。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰零肆万元整（¥2,040,000），其中：平台软件许可费¥1,180,000；定制开发费¥736,000；实施及培训费¥124,000。
P:2.2 上述价款为固定总价，已包含乙方履行本合同所需的全部费用及税费，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后十五个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 平台完成部署、通过初步验收后，甲方支付合同总价的50%。
P:3.3 平台通过最终验收并经试运行满三个月后，甲方支付合同总价的25%。
P:3.4 甲方以国库集中支付方式付款，因财政资金审批导致的合理延迟不视为甲方违约。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后一百二十日内完成全部定制开发、部署及数据迁移，并具备初步验收条件。
P:4.2 乙方应派驻不少于五人的实施团队，项目经理未经甲方书面同意不得更换。实施团队成员应具备相应的医疗卫生信息化项目经验，甲方认为不称职的，有权要求乙方在十日内更换。
P:4.3 乙方应为每家试点机构的业务人员和管理人员分别组织培训，培训课时合计不少于六十学时，培训教材和视频资料交付甲方，甲方可在本系统内自行使用和复制。
P:4.4 实施期间乙方每周向甲方提交项目周报，说明进度、风险及需甲方配合的事项；甲方应及时提供必要的场地、网络环境和业务资料。
P:4.5 乙方应在合同签订后十日内向甲方提交合同总价5%的履约保证金（可以银行保函形式提交），最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：功能逐项符合招标文件技术要求及需求规格说明书；数据迁移经全量比对无差错；与全民健康信息平台及医保系统的接口连续运行十个工作日无数据丢失；三百名用户并发时页面响应时间不超过2秒；通过第三方软件测评机构的功能及安全测试。
P:5.2 最终验收：初步验收合格后试运行三个月，试运行期间未发生一级故障、全部遗留问题已关闭，由甲方组织专家进行最终验收，出具书面验收报告。
P:5.3 平台上线运行、甲方使用或支付任何款项，均不视为验收合格。验收不合格的，乙方应在十五日内整改并重新提交验收，所需费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方应继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥94,400），该费率在质保期满后三年内不得上调，维护合同由双方另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%（计划内维护时间除外，计划内维护应提前三个工作日通知甲方并安排在夜间进行）。
P:7.2 故障分级响应：一级故障（平台整体不可用或数据错误）30分钟内响应、2小时内到达现场、8小时内恢复；二级故障2小时内响应、24小时内解决；三级问题在下一版本中修复。
P:7.3 乙方未达到上述服务水平的，一级故障每迟延响应一小时扣减服务费¥1,000；月度可用率每低于承诺值0.01个百分点扣减¥2,000，从应付款或履约保证金中扣除。
H:第八条 知识产权
P:8.1 平台软件原有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制开发的接口程序、移动端应用、驾驶舱、报表及其源代码和技术文档，知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再许可，乙方应在最终验收时移交全部源代码。
H:第九条 数据安全
P:9.1 平台中的患者信息、诊疗及访视记录等全部数据归甲方所有，乙方仅可为履行本合同目的处理，不得用于任何其他目的，不得留存或向任何第三方提供。
P:9.2 乙方应落实网络安全等级保护第三级要求，采取访问控制、加密存储与传输、操作审计等措施；乙方人员访问生产环境须经甲方审批并通过堡垒机操作，不得将数据拷贝出甲方网络。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成数据安全事件的，乙方承担全部赔偿责任及由此产生的行政责任。
H:第十条 保密
P:10.1 乙方对在履行本合同过程中知悉的甲方工作秘密、患者隐私及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过六十日的，甲方有权解除合同。
P:11.2 乙方交付的成果不符合合同约定且经两次整改仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 甲方无正当理由逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十二条 分包
P:12.1 本项目不允许分包，乙方不得将合同项下任何工作转包或分包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违反本合同约定，经甲方书面催告后十五日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同的订立、效力、解释和履行适用中华人民共和国法律。
P:14.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 双方指定的联系人及联系方式见合同附件，任何通知应以书面形式送达对方联系人；一方变更联系人的，应提前五个工作日书面通知对方。
P:15.2 乙方应遵守甲方的廉政管理规定，不得向甲方工作人员提供任何形式的回扣、礼品或其他不正当利益，违反的甲方有权解除合同。
P:15.3 招标文件、投标文件、中标通知书及双方确认的需求规格说明书为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
P:法定代表人或授权代表：        法定代表人或授权代表：
P:签订日期：    年  月  日
"""

Z02 = """T:划船机生产线控制系统改造项目合同
P:合同编号：LT-ZD-2027-006
P:甲方：宁波浪拓健身器材有限公司
P:乙方：宁波恒控自动化工程有限公司
P:甲方为提升划船机总装线、阻尼器装配线及整机检测线的自动化水平，委托乙方对上述三条生产线的控制系统进行改造。双方经友好协商，订立本合同，共同遵守。
H:第一条 改造范围
P:1.1 乙方负责拆除原有继电器控制柜，更换为PLC控制系统，加装伺服驱动单元、视觉检测单元和边缘网关，并部署产线监控软件，与甲方现有MES系统对接。
P:1.2 乙方负责编制改造方案、设备供货、安装接线、程序编写、联机调试、人员培训，并提交电气图纸、PLC程序、HMI画面文件及操作维护手册。
P:1.3 改造应在甲方安排的停产窗口内分线实施，每条线停产时间不得超过十日，不得影响其他产线正常生产。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰柒拾捌万元整（¥2,780,000），明细如下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|PLC控制柜（含PLC、触摸屏、配电元件）|6套|168,000|1,008,000
TB:2|伺服驱动器及伺服电机|48套|9,500|456,000
TB:3|工业相机视觉检测单元|8套|43,000|344,000
TB:4|产线边缘网关|6台|18,000|108,000
TB:5|产线监控软件及MES接口软件许可|1套|444,000|444,000
TB:|软硬件小计|||2,360,000
TB:6|拆除、安装及联机调试|1项|380,000|380,000
TB:7|操作及维护培训|1项|40,000|40,000
TB:|合计|||2,780,000
P:2.2 上述价格为含税固定总价，包括设备、软件、运输、保险、安装、调试、培训及质保期内服务的全部费用。
H:第三条 付款
P:3.1 合同签订后十个工作日内，甲方支付合同总价的20%作为预付款，乙方应同时提交等额预付款保函。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量和外观，不代表质量验收。
P:3.3 三条产线全部通过最终验收后，甲方支付合同总价的45%。
P:3.4 乙方每次请款前应开具合法有效的增值税专用发票。
H:第四条 交货与实施
P:4.1 乙方应在合同签订后四十五日内将全部设备运至甲方厂区，在到货后六十日内完成三条产线的改造和调试。
P:4.2 乙方施工人员应遵守甲方的安全生产、动火作业和厂区管理制度，因乙方原因发生的安全事故由乙方负责。
P:4.3 乙方在改造期间应保留原有控制柜直至新系统调试合格，确保在出现问题时产线能够恢复原状运行。
P:4.4 乙方提供的设备应为原厂全新正品，附产品合格证、说明书和原厂质保证明；主要部件的品牌、型号应与投标时的技术规格书一致，确需变更的须经甲方书面同意，且性能不得低于原型号。
P:4.5 乙方应随设备免费提供易损件及常用备件一套（清单见附件），并在质保期内保持备件库存，保证常用备件在二十四小时内送达甲方厂区。
P:4.6 设备包装应适合长途运输和厂内搬运，因包装不良造成的损坏由乙方负责更换。设备在甲方签收前的毁损、灭失风险由乙方承担。
P:4.7 乙方应指定一名项目经理常驻现场，负责与甲方设备部对接，每周提交施工进度报告；甲方认为项目经理不能胜任的，有权要求更换。
H:第五条 验收
P:5.1 验收标准：各产线节拍达到改造方案确定值（总装线每台不超过95秒）；视觉检测漏检率不高于千分之二；与MES系统的工单、报工、质量数据双向传输准确无误；产线连续带负荷运行72小时无停机故障；急停、安全光幕等安全功能逐项测试有效。
P:5.2 每条产线调试完成后由乙方提交验收申请，甲方组织生产、设备、质量部门按5.1逐项测试，全部合格后签署最终验收报告。
P:5.3 产线投入生产、甲方签收设备或支付款项，均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内，因设备或软件质量问题产生的维修、更换和程序修改由乙方免费负责。
P:6.2 质保期内服务水平：一级故障（整条产线停机）1小时内响应，3小时内到达现场；二级故障（单工位停机）2小时内响应，当日到达现场；三级问题于下一工作日处理。
P:6.3 乙方迟延响应或到场的，每迟延一小时向甲方支付¥800；一级故障导致产线停机超过8小时的，每超过一小时另行支付¥2,000。
P:6.4 质保期满后，乙方继续提供维保服务（含定期巡检、备件更换、程序维护及远程支持），维保年费按软硬件小计的28%计收，即每年¥660,800，质保期满后三年内不作调整。维保合同由双方另行签订。
H:第七条 知识产权
P:7.1 乙方为本项目编写的PLC程序、HMI画面、视觉检测算法参数、MES接口程序及其源代码和图纸，知识产权归甲方所有，甲方可自行修改或委托第三方使用。
P:7.2 产线监控软件的原有知识产权归乙方或其原厂所有，甲方享有永久使用许可，可在甲方各厂区内部使用。
P:7.3 乙方保证所提供的设备和软件不侵犯任何第三方的知识产权，如发生侵权纠纷，由乙方负责处理并承担全部费用和责任。
H:第八条 数据安全与保密
P:8.1 产线运行数据、工艺参数、质量数据归甲方所有，乙方不得用于本合同以外的任何目的。乙方远程维护须经甲方逐次审批并通过甲方指定的VPN账号进行，操作全程记录；不得将数据拷贝出甲方网络。发生数据泄露或被篡改的，乙方应在2小时内报告并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
P:8.2 乙方对在履行合同中知悉的甲方工艺、图纸、客户及经营信息负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后仍然有效。
H:第九条 分包
P:9.1 乙方可将现场拆装及电气布线工作分包给具备相应资质的单位，但应提前五个工作日书面通知甲方分包单位名称及人员名单。乙方对分包单位的工作承担全部责任。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金，违约金累计不超过合同总价的10%。
P:10.2 因乙方原因导致甲方产线停产超过计划时间的，乙方还应赔偿甲方由此造成的直接损失。
P:10.3 甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后十日内未予纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
P:11.2 乙方逾期完成改造超过三十日的，甲方有权解除合同。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交宁波仲裁委员会仲裁。
H:第十三条 其他
P:13.1 因地震、火灾、洪水等不可抗力致使一方不能履行合同的，受影响方应在三日内通知对方并提供证明，双方协商延长履行期限；不可抗力持续超过六十日的，双方可协商解除合同。
P:13.2 乙方应在改造完成后对甲方设备维护人员进行不少于三轮的现场培训，使其能够独立完成日常点检、参数调整和一般故障处理。
P:13.3 改造方案、设备技术规格书为本合同附件，与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                    乙方（盖章）：
P:日期：                            日期：
"""

Z03 = """门店预约及会员管理SaaS服务合同

合同编号：XC-SaaS-2027-03
甲方：上海笑场文化传播有限公司
乙方：杭州约课云科技有限公司

甲方经营脱口秀培训连锁门店三十家，为统一各门店的课程预约、排课、会员储值及学员管理，委托乙方提供预约与会员管理SaaS服务及相关实施服务。双方经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方三十家门店开通预约与会员管理SaaS系统，包括课程及演出场次预约、教练排课、会员卡与储值、积分与优惠券、学员档案、开放麦报名、门店经营报表等功能。
2. 每家门店开通后台账号不超过十个，学员端通过甲方微信小程序及公众号使用，学员数量不限。
3. 乙方负责系统的托管、运行、安全防护和版本更新，新增的标准功能甲方可免费使用。
（二）实施服务
1. 乙方负责系统初始化配置、三十家门店的课程体系和价格体系配置、会员数据迁移（约十二万条会员记录及储值余额）、与甲方微信小程序和收银系统的对接。
2. 乙方负责对甲方总部运营人员及各门店店长、前台人员进行培训，培训不少于八场。
3. 乙方应在合同生效后四十五日内完成全部门店上线，上线可按区域分三批进行，每批上线前乙方应提交切换方案，并安排实施人员在门店现场值守至少两个营业日。
4. 原系统停用前，乙方应协助甲方完成储值余额、剩余课时的核对和公告，确保学员权益不受影响。

二、服务期限
（一）本合同服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起计算，第二个服务年度紧接第一个服务年度。
（二）服务期满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。续期年费由乙方根据其届时的产品价格体系确定，乙方有权在续期时上调年费，并于续期前十五日通知甲方。

三、合同价款与支付
（一）合同总价为人民币陆拾柒万肆仟元整（¥674,000），其中：
1. 订阅服务年费：每家门店每个服务年度¥9,800，三十家门店每个服务年度合计¥294,000，两个服务年度合计¥588,000；
2. 实施服务费：¥86,000（一次性）。
（二）实施服务费在全部门店上线验收合格后十五个工作日内一次性支付。
（三）订阅服务年费按季度支付，每个季度结束后十个工作日内，甲方支付该季度费用¥73,500。
（四）乙方应在甲方付款前开具等额增值税专用发票。甲方新增门店的，按每店每个服务年度¥9,800按实际使用月数折算计费。

四、上线验收
（一）乙方完成实施后提交上线验收申请，甲方按以下标准验收：
1. 合同约定的全部功能模块可在三十家门店正常使用；
2. 迁移的会员记录及储值余额与原系统逐条核对一致，差错为零；
3. 小程序预约、支付、核销全流程测试通过，与收银系统对账一致；
4. 连续十个营业日内未发生一级故障；
5. 乙方已提交配置说明、操作手册及培训记录。
（二）甲方应在收到申请后十个工作日内完成验收，验收合格的签署上线验收单。门店开始使用系统不视为验收合格。验收不合格的，乙方应在七日内整改并重新申请验收。

五、服务水平
（一）系统月度可用率不低于99.5%，计划内维护应提前两个工作日通知甲方并安排在凌晨零点至六点之间，不计入不可用时间。
（二）故障响应：一级故障（系统整体无法登录、预约或支付中断）30分钟内响应，3小时内恢复；二级故障（部分门店或部分功能不可用）2小时内响应，当日恢复；一般问题下一工作日内答复。
（三）月度可用率低于承诺值的，当月订阅费按以下比例减免：低于99.5%但不低于99%的，减免当月费用的5%；低于99%的，减免当月费用的10%。一级故障迟延响应的，每迟延一小时减免¥500。减免金额从下一季度应付费用中扣除。
（四）乙方每月向甲方提供服务报告，列明可用率、故障次数及处理情况。
（五）乙方提供每日八点至二十二点的在线客服和电话支持，并为甲方指定一名客户成功经理，负责需求对接、版本更新说明及季度回访。
（六）乙方对系统进行重大版本升级或调整功能界面的，应提前十个工作日通知甲方，并提供升级说明和必要的培训，不得减少合同约定的功能。

六、甲方的义务
（一）甲方应指定项目联系人，及时提供门店信息、课程及价格体系、原系统会员数据等实施所需资料。
（二）甲方应妥善管理各门店后台账号，员工离职时及时停用其账号；因甲方账号管理不善造成的损失由甲方自行承担。
（三）甲方应按本合同约定按时支付费用。

七、知识产权
（一）SaaS系统及其后续版本的知识产权归乙方所有，甲方在服务期内享有使用权。
（二）乙方为甲方定制开发的小程序页面、对接程序、专属报表模板及其源代码，知识产权归甲方所有，乙方应在上线验收时一并交付，甲方可自行修改或委托第三方使用。

八、数据安全与数据归属
（一）甲方及学员在系统中产生的会员信息、预约记录、交易记录等全部数据归甲方所有，乙方仅为提供本合同服务而处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将甲方数据存储于中国境内的数据中心，采取加密存储、访问控制、操作日志留存及每日备份等安全措施，系统应通过网络安全等级保护第二级以上测评。
（三）乙方发生数据泄露、丢失或被非法访问的，应在2小时内通知甲方并采取补救措施，因乙方原因造成的损失（包括甲方对学员的赔偿）由乙方承担。
（四）合同终止后三十日内，乙方应按甲方要求以通用格式导出并交还全部数据，随后删除其存储的甲方数据并出具删除证明。
（五）乙方处理学员个人信息应遵守《中华人民共和国个人信息保护法》，仅在甲方授权范围内处理，不得向学员推送乙方或第三方的营销信息，不得在系统中嵌入甲方未同意的第三方统计或广告代码。

九、分包
乙方不得将本合同项下的服务转包；确需将部分实施工作分包的，须事先取得甲方书面同意，乙方对分包方的行为承担全部责任。

十、违约责任
（一）乙方未按期完成全部门店上线的，每逾期一日按合同总价的千分之一向甲方支付违约金。
（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失、数据泄露造成的损失不受此限。

十一、合同解除
（一）一方严重违约，经守约方书面通知后十五日内未纠正的，守约方有权书面通知解除本合同。
（二）系统连续两个月可用率低于99%的，甲方有权解除本合同，乙方应退还已付未使用期间的费用。

十二、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

十三、其他
（一）因不可抗力导致一方不能履行本合同的，受影响方应及时通知对方，并在合理期限内提供证明，在不可抗力影响范围内免除责任。
（二）本合同附件包括：门店清单、功能清单、实施计划。（三）本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

Z04 = """石窟壁画环境监测系统运维服务合同

项目编号：WWJ-CS-2027-011（竞争性磋商）
甲方（采购人）：某省文物局石窟保护研究所
乙方（成交供应商）：兰州敦岳科技服务有限公司

根据竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就石窟壁画环境监测系统的运维服务，经协商一致，订立本合同。

第一条 服务范围
（一）运维对象：甲方已建成的石窟壁画环境监测系统，包括分布于四十二个洞窟的温湿度、二氧化碳、光照、振动及游客数量监测传感器共三百六十个，十四台数据采集网关，窟区气象站两座，监测数据平台及预警软件。
（二）服务内容：
1. 日常巡检：每月对全部洞窟监测设备巡检一次，每季度对气象站和网关进行一次全面检查；
2. 故障处理：对设备故障、通信中断、平台异常进行诊断和修复；
3. 传感器校准：按计量要求对温湿度、二氧化碳传感器进行年度校准，对失效传感器进行更换；
4. 数据管理：监测数据的日常核查、异常值标注、备份及季度、年度分析报告编制；
5. 预警支持：环境指标超出甲方设定的预警阈值时，协助甲方分析原因并提出处置建议。
（三）乙方应遵守甲方洞窟开放管理和文物保护规定，进入洞窟作业须提前报甲方批准，由甲方人员陪同，严禁触碰壁画及彩塑。

（四）人员要求：乙方应组建不少于四人的驻场运维团队，其中项目负责人应具有三年以上环境监测或物联网系统运维经验；驻场人员名单报甲方备案，更换须提前七日书面告知并经甲方确认。乙方应为驻场人员购买意外伤害保险，并对其进行文物保护和安全作业培训。
（五）备品备件：乙方应在窟区储备温湿度传感器、通信模块及网关各不少于五套，保证二级故障能够及时更换；更换下的设备由乙方登记后交甲方处置，不得自行带离窟区。
（六）工作记录：乙方应使用甲方运维管理平台记录巡检、故障、校准及更换情况，每月五日前提交上月运维月报，内容包括设备完好率、故障统计、环境指标变化趋势及下月工作计划。

第二条 服务期限
服务期自2027年1月1日起至2027年12月31日止。期满后如需继续采购，由甲方依法重新组织采购，本合同不自动续期。

第三条 合同价款
（一）合同总价为人民币肆拾捌万陆仟元整（¥486,000），其中：日常运维及故障处理费¥298,000；传感器校准及更换费¥126,000（含更换传感器不超过四十个的材料费）；数据分析与报告编制费¥62,000。
（二）合同总价为固定价格，包含乙方人员、交通、食宿、工具、备件、校准及税费等全部费用。

第四条 付款方式
（一）服务费按季度结算，每季度服务结束并经甲方季度考核合格后十五个工作日内，甲方支付当季度服务费¥121,500。
（二）季度考核有扣减项的，甲方从当季度服务费中直接扣除。
（三）乙方应在每次付款前开具合法有效的发票。

第五条 服务水平
（一）监测平台月度可用率不低于99.95%。
（二）故障分级与响应：
1. 一级故障（监测平台中断、预警功能失效或整个洞窟数据中断）：1小时内远程响应，6小时内到达现场，24小时内恢复；
2. 二级故障（单个传感器或单台网关失效）：2小时内响应，48小时内修复或更换；
3. 三级问题（数据偶发异常、界面问题）：下一工作日处理。
（三）监测数据有效采集率每月不低于98%。
（四）乙方未达到上述服务水平的，一级故障每迟延响应或迟延到场一小时扣减服务费¥600；平台月度可用率低于承诺值的，每低0.01个百分点扣减¥800；数据有效采集率低于承诺值的，每低一个百分点扣减¥1,000。

第六条 考核与验收
（一）季度考核：每季度末，甲方依据巡检记录、故障工单、平台日志和季度分析报告，按磋商文件所附考核细则逐项评分，满分一百分，得分不低于八十五分为合格。
（二）年度验收：服务期满后十五日内，乙方提交年度运维总结、校准证书、设备台账及年度分析报告，甲方组织专家核查全部传感器运行状态、校准记录和数据完整性，确认设备台账与现场一致、遗留故障全部关闭后出具验收意见。
（三）考核不合格的，乙方应在十日内整改，整改后仍不合格的，甲方按第九条处理。
（四）甲方可不定期对乙方的巡检质量进行抽查，抽查发现巡检记录与现场不符的，视为该次巡检未完成。

第七条 数据与信息安全
（一）监测数据、设备台账、洞窟布点图及分析报告归甲方所有，乙方仅可为履行本合同使用，不得用于发表论文、商业宣传或向第三方提供。
（二）乙方应按甲方网络安全管理要求操作，远程运维须使用甲方分配的专用账号，经审批后通过堡垒机登录，全部操作留痕；不得在个人设备上存储监测数据。
（三）发生数据丢失、泄露或系统被入侵的，乙方应在1小时内报告甲方并配合处置，因乙方原因造成的损失和责任由乙方承担。

第八条 保密
乙方对在服务中知悉的洞窟布局、文物病害信息、安防设施及甲方内部资料负有保密义务，未经甲方书面同意不得披露；本条在合同终止后继续有效。

第九条 违约责任
（一）乙方未按约定完成巡检、校准或年度报告的，每逾期一日按合同总价的万分之三向甲方支付违约金。
（二）因乙方作业不当造成文物损害的，乙方应承担全部赔偿责任并配合有关部门调查。
（三）乙方驻场人员违反洞窟管理规定擅自进入未开放洞窟或在窟内吸烟、使用明火的，每发现一次扣减服务费¥2,000，甲方有权要求乙方立即更换该人员。
（四）甲方逾期支付服务费的，每逾期一日按逾期金额的万分之二支付违约金。

第十条 甲方的义务
（一）甲方应向乙方提供系统建设文档、设备清单、平台管理员账号及必要的工作场所，并及时审批乙方的入窟作业申请。
（二）甲方应指定专人负责运维工作的协调和监督，对乙方提交的月报、季度报告及时审核并提出意见。
（三）甲方调整预警阈值或增加监测点位的，应书面通知乙方；超出第一条约定范围的新增工作量，由双方另行协商。

第十一条 合同的履行与变更
本合同服务期内，除因不可抗力致使合同目的不能实现外，双方均不得单方解除本合同；乙方违约的，甲方按第五条、第九条扣减服务费或要求其支付违约金，合同继续履行。合同的变更须经双方书面同意。

第十二条 转包与分包
乙方不得将本合同项下的任何服务转包或分包给第三方，传感器校准应由乙方委托具有资质的计量机构进行，校准机构名单须经甲方书面确认。

第十三条 成果归属
乙方编制的分析报告、设备台账、巡检记录等全部服务成果，著作权及其他权利归甲方所有，乙方不得将上述成果用于其他项目，也不得以任何形式公开发表；服务期满时乙方应将全部纸质及电子成果整理移交甲方。

第十四条 法律适用与争议解决
本合同适用中华人民共和国法律。因不可抗力导致不能按期履行的，受影响方应及时通知对方并提供证明，相应期限顺延。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
磋商文件、响应文件、成交通知书及考核细则为本合同组成部分。本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                  乙方（盖章）：
日期：                          日期：
"""

Z05 = """# 匠链工艺追溯系统软件许可及开发合同

**（匠链标准合同文本 JC-2026 V3.0）**

合同编号：JL-2027-0215

甲方（用户）：南平市建阳区玄釉建盏工作室

乙方（开发方）：福州匠链软件有限公司

甲方委托乙方提供建盏生产工艺追溯软件并进行定制开发。为明确双方权利义务，双方在平等自愿的基础上，依据乙方标准合同文本订立本合同。

## 第一条 项目内容

1.1 乙方向甲方提供"匠链工艺追溯系统"标准版软件许可一套，许可方式为永久许可，限甲方工作室及其下属两个窑口使用，许可用户数为二十个。

1.2 乙方根据甲方需求进行定制开发，内容包括：矿土及釉料批次登记、拉坯与修坯工序记录、烧窑曲线采集（对接甲方两座电窑和一座柴窑的温控仪表）、开窑品相分级、一盏一码溯源标签打印、微信小程序扫码查验页面及销售台账。

1.3 乙方负责系统安装部署、基础数据初始化及操作培训。培训以远程视频方式进行，共两次，每次不超过三小时；甲方如需现场培训，差旅费用由甲方承担。

1.4 系统部署于甲方自备的服务器或甲方购买的云服务器上，服务器、操作系统、数据库、扫码枪、标签打印机等软硬件由甲方自行采购，其配置应满足乙方提供的环境要求。

## 第二条 合同金额

2.1 本合同总金额为人民币肆拾叁万元整（¥430,000），明细如下：

| 序号 | 项目 | 金额（元） | 备注 |
|---|---|---|---|
| 1 | 匠链工艺追溯系统标准版软件许可 | 168,000 | 永久许可，二十用户 |
| 2 | 定制开发 | 226,000 | 按第1.2条范围 |
| 3 | 安装部署、数据初始化及培训 | 36,000 | 一次性 |
| | 合计 | 430,000 | 含税 |

2.2 需求范围以外的新增功能，按乙方人天单价另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总金额的65%，即¥279,500。乙方收到该笔款项后启动项目。

3.2 系统上线后七个工作日内，甲方支付合同总金额的35%，即¥150,500。

3.3 乙方在收到每笔款项后十个工作日内向甲方开具增值税普通发票；甲方需要专用发票的，应提前提供开票信息。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付滞纳金，乙方有权暂停开发、实施及维护服务直至甲方付清款项。

## 第四条 开发与交付

4.1 乙方在收到首笔款项后九十日内完成开发并安排上线。因甲方需求变更、资料提供不及时或窑炉仪表不具备对接条件的，交付期限相应顺延。

4.2 甲方应指定联系人配合需求调研，在乙方提交需求确认书后三个工作日内签字确认；逾期未确认的，视为甲方认可。

4.3 乙方按其标准实施方法开展工作，开发过程中的具体技术方案由乙方确定。开发期间乙方每两周向甲方演示一次阶段成果，甲方的修改意见应在演示后三个工作日内一次性提出。

4.4 甲方应保证窑炉温控仪表开放数据接口，并提供必要的现场网络环境。因仪表品牌不支持对接的，乙方可改为人工录入方式实现，不视为乙方违约。

## 第五条 上线与验收

5.1 乙方完成开发并部署后通知甲方上线。系统上线运行之日，即视为甲方验收合格。

5.2 上线后甲方发现的问题，乙方在维护期内予以处理，但不影响验收结论及付款义务。

## 第六条 维护服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 服务响应：紧急问题（系统无法登录或溯源页面无法访问）乙方在接到甲方报修后10小时内响应；一般问题在两个工作日内响应；功能咨询通过乙方客服群解答。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的服务价格表收取。

6.4 维护服务不包括新增功能开发、报表格式调整、服务器迁移及数据修复，甲方需要的，由乙方另行报价。

6.5 因甲方自行修改系统配置、更换服务器或窑炉仪表造成的故障，不属于免费维护范围。

## 第七条 知识产权

7.1 匠链工艺追溯系统标准版软件及乙方为本项目定制开发的全部程序、小程序页面、接口及相关文档，其知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有定制部分的使用权，不得自行或委托第三方修改、反向工程，不得转让或许可他人使用。乙方不向甲方提供源代码。

7.3 乙方有权将定制开发形成的功能纳入其标准产品，向其他客户提供。

7.4 甲方可在溯源标签、小程序页面及宣传材料中使用"匠链溯源"标识，但应遵守乙方的标识使用规范，不得暗示乙方对甲方产品质量作出保证。

## 第八条 数据

8.1 甲方在系统中录入和产生的生产数据、烧窑曲线、产品及客户信息由甲方负责其真实性与合法性；涉及购买者个人信息的，甲方应自行取得其同意，并在小程序中展示隐私政策。

8.2 乙方对其部署的系统采取账号权限控制、数据库每日备份、传输加密等安全措施；如发生数据泄露或丢失，乙方应在发现后二十四小时内通知甲方并协助处理，因乙方过错造成的直接损失由乙方承担。

8.3 甲方同意，乙方可在去除甲方名称后，将系统中的烧窑曲线、工序及品相分级数据用于乙方产品改进、算法训练和行业分析报告。

## 第九条 保密

9.1 双方对在合作过程中知悉的对方商业秘密、技术资料和经营信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 本条约定在合同终止后两年内继续有效。

## 第十条 责任限制

10.1 乙方按本合同约定提供软件及服务，对甲方因使用系统而产生的间接损失、利润损失、产品质量纠纷不承担责任。

10.2 无论基于何种原因，乙方在本合同项下的累计赔偿总额不超过人民币捌万陆仟元（¥86,000）。

10.3 甲方应自行定期导出并备份系统中的重要数据，因甲方未备份导致的数据损失，乙方不承担责任。

10.4 乙方因不可抗力、第三方云服务故障、电力中断或甲方原因未能按期交付的，不承担违约责任。

## 第十一条 合同解除

11.1 一方严重违反本合同，经对方书面催告后十五日内仍未改正的，对方有权书面通知解除本合同。

11.2 甲方在乙方启动开发后单方终止合同的，已支付款项不予退还。

11.3 合同解除后，甲方应停止使用定制开发部分，乙方应在甲方付清已完成工作对应款项后，协助甲方以乙方标准格式导出系统中的基础数据。

## 第十二条 不可抗力与通知

12.1 因地震、台风、洪水、疫情、政府行为等不可抗力导致不能履行合同的，受影响方不承担责任，但应及时通知对方。

12.2 双方往来通知以本合同首页所列联系人的微信、电子邮件或书面方式发送，发出即视为送达。一方联系方式变更的，应及时告知对方。

## 第十三条 争议解决

13.1 因本合同引起的争议，双方应友好协商；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《匠链软件服务条款》为准。

14.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　乙方（盖章）：

日期：　　　　　　　　　　　日期：
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. NYS-CN-2027-041
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiaxing Ruifeng Paper Packaging Co., Ltd., a company organised under the laws of the People's Republic of China with its registered office in Jiaxing, Zhejiang Province (the "Customer"), and Northwoods Yard Systems, Inc., a Wisconsin corporation with its principal office at 2140 Lincoln Street, Rhinelander, Wisconsin 54501, United States (the "Vendor").
P:The Customer wishes to license the Vendor's yard and dock scheduling software for its two corrugated board plants and to have the Vendor implement it. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's DockFlow yard management and dock scheduling software, version 8, in object code, with its standard documentation and the updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces to the Customer's ERP and weighbridge systems, the carrier booking portal configuration, the custom reports and any other work product created by the Vendor specifically for the Customer, including source code, scripts and documentation.
P:1.3 "Customer Data" means all data entered into, generated by or processed in the Software by or for the Customer, including carrier, driver, vehicle, shipment and order data.
P:1.4 "Final Acceptance" means the Customer's written confirmation that the acceptance tests in Article 5 have been passed.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software at the Customer's Jiaxing and Pinghu plants for up to 120 named users and 36 dock doors, for the Customer's internal business purposes.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence may be transferred to an affiliate of the Customer on written notice to the Vendor.
H:Article 3 Services
P:3.1 The Vendor shall provide the following services: installation of the Software on the Customer's servers; configuration of yards, docks, gates and time slots; development of the Custom Deliverables; migration of master data; user and administrator training; and go-live support on site for ten working days at each plant.
P:3.2 The Vendor shall complete installation and configuration within 75 days and be ready for the acceptance tests within 120 days after the Effective Date, according to the project plan attached as Annex 2.
P:3.3 The Vendor shall appoint a named project manager who speaks Mandarin and shall not replace that person without the Customer's consent, which shall not be unreasonably withheld.
H:Article 4 Price and Payment
P:4.1 The total price under this Agreement is CNY 1,862,000 (the "Contract Price"), made up of the Software licence fee of CNY 1,260,000, implementation services of CNY 540,000 and training of CNY 62,000. The Contract Price is fixed and includes all taxes, travel and expenses.
P:4.2 The Customer shall pay the Contract Price in three instalments: 20% within 30 days after the Effective Date against the Vendor's invoice and an advance payment guarantee; 45% within 30 days after installation and configuration are complete at both plants; and 35% within 30 days after Final Acceptance.
P:4.3 Payments shall be made in CNY by bank transfer to the Vendor's account in China or, at the Vendor's request, in US dollars at the exchange rate published by the People's Bank of China on the invoice date.
H:Article 5 Acceptance
P:5.1 The acceptance tests shall verify that: every function listed in Annex 1 works as specified; the ERP and weighbridge interfaces exchange data without loss or duplication for 15 consecutive working days; at least 400 truck visits per day are scheduled without manual correction; the booking portal answers within 3 seconds with 80 concurrent carriers; and no Severity 1 defect is open.
P:5.2 The Customer shall run the tests with the Vendor's support and issue a written acceptance certificate or a list of defects within ten working days after the Vendor's notice of readiness. The Vendor shall correct listed defects and the tests shall be repeated.
P:5.3 Go-live, productive use of the Software or any payment does not mean acceptance. Only the written certificate constitutes Final Acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and to Annex 1 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and give remote and on-site support free of charge.
P:6.2 Defects are classified as follows. Severity 1 means that scheduling or gate processing at a plant is stopped; the Vendor shall respond within one hour and restore operation or provide a workaround within six hours. Severity 2 means that an important function is impaired; response within two hours and a fix within two working days. Severity 3 covers all other defects, which are fixed in the next release.
P:6.3 If the Vendor misses a Severity 1 response or restoration time, it shall credit the Customer CNY 1,500 for each hour of delay, deducted from the next payment or paid on demand.
P:6.4 After the Warranty Period the Vendor shall offer annual support on the same terms at a fee of 9% of the Software licence fee, that is CNY 113,400 per year, which is fixed for the first three support years. Support is ordered by a separate purchase order for each year and does not renew automatically. The Vendor shall provide support for the Software version in use for at least seven years after Final Acceptance.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all rights in the Software. Nothing in this Agreement transfers ownership of the Software to the Customer.
P:7.2 All rights in the Custom Deliverables vest in the Customer upon creation. The Vendor shall deliver their source code and documentation with the Final Acceptance package. The Customer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall defend the Customer against any claim that the Software or the Custom Deliverables infringe third-party rights and shall pay any resulting damages and costs.
H:Article 8 Customer Data and Security
P:8.1 Customer Data belongs to the Customer. The Vendor may access and process Customer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 The Vendor shall access the Customer's systems only through the remote access channel approved by the Customer, with individual accounts and session logging, and shall comply with the Customer's information security rules, the PRC Cybersecurity Law, the Data Security Law and the Personal Information Protection Law. Customer Data shall not be transferred outside the People's Republic of China.
P:8.3 The Vendor shall notify the Customer within 24 hours of becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, shall take all reasonable remedial measures, and shall be liable for all losses caused by a breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by similar duties. This obligation survives for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor is not ready for the acceptance tests by the date in Article 3.2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement shall not exceed 200% of the Contract Price. This limit does not apply to breach of Articles 8 and 9, infringement claims, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains fully responsible for the work of any approved subcontractor.
H:Article 12 Term and Termination
P:12.1 This Agreement enters into force on the date of signature by both parties (the "Effective Date") and the licence in Article 2 continues after the completion of the services.
P:12.2 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 10.1 reach their maximum. In that case the Vendor shall refund the payments received for the services not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the State of Wisconsin, United States of America, without regard to its conflict of laws rules.
P:13.2 Any dispute arising out of this Agreement that cannot be settled by negotiation within 30 days shall be submitted to the state or federal courts located in Wisconsin, and each party submits to their jurisdiction.
H:Article 14 General
P:14.1 Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party promptly and uses reasonable efforts to resume performance.
P:14.2 This Agreement, with Annex 1 (Functional Specification), Annex 2 (Project Plan) and Annex 3 (Price Breakdown), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties. This Agreement is signed in English in two originals.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title:                            Name and title:
P:Date:                                      Date:
"""

E02 = """# ORDER FORM — FIELDWISE SERVICE CLOUD

Order Form No. LFS-OF-2027-0088, issued under the Fieldwise General Terms (Part B), which form part of this Order Form.

## PART A — ORDER FORM

### A1. Parties

- **Vendor:** Lakeshore Fieldwise, Inc., a Wisconsin corporation, 915 North 8th Street, Sheboygan, Wisconsin 53081, USA.
- **Customer:** Foshan Meilan Kitchen Appliances Co., Ltd., Shunde District, Foshan, Guangdong Province, People's Republic of China.
- **Customer contact:** Head of After-Sales Service. **Vendor contact:** Account Director, Asia Pacific.

### A2. Subscription

- **Service:** Fieldwise Service Cloud, Enterprise edition: work-order dispatch, technician mobile app, spare-parts tracking, customer appointment portal, warranty claims and service analytics.
- **Quantities:** 650 technician users, 80 dispatcher and back-office users, unlimited customer portal users.
- **Subscription Term:** two Subscription Years. Subscription Year 1 starts on the date of Go-Live Acceptance under A5; Subscription Year 2 starts on its first anniversary.
- **Hosting:** production and backup environments in data centres located in mainland China, operated by the Vendor's hosting partner named in A6.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | 730 users, annual | 418,000 |
| Subscription fee, Subscription Year 2 | 730 users, annual | 418,000 |
| Onboarding services (one-time) | fixed price | 64,000 |
| **Total Contract Value** | | **900,000** |

Additional users may be added at CNY 580 per user per Subscription Year, prorated by month. All amounts include VAT.

### A4. Invoicing and Payment

- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice date.
- The onboarding fee is invoiced after Go-Live Acceptance and is payable within 30 days of the invoice date.
- No other amount is payable before Go-Live Acceptance. Payments are made in CNY to the Vendor's account in China.

### A5. Onboarding and Go-Live Acceptance

- The Vendor shall configure the Service for the Customer's 26 regional service centres, migrate open work orders and the spare-parts master, build the interfaces to the Customer's ERP and call-centre systems, and train 40 key users, by the Target Go-Live Date of 30 June 2027.
- Go-Live Acceptance tests: all functions in the Service Description work for a sample of 3 regional centres; migrated work orders and parts records reconcile with the source systems; the ERP and call-centre interfaces run for 10 consecutive working days without failed messages; the technician app completes 500 test work orders offline and online without data loss. The Customer signs a Go-Live Acceptance certificate when the tests are passed. Use of the Service before that date for training or piloting is not acceptance.
- If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay CNY 600 for each day of delay, up to a maximum of CNY 60,000.

### A6. Specific Terms

- Hosting partner: the Vendor's Chinese hosting partner listed in the Service Description, holding an MLPS level 3 filing for the hosting environment.
- Order of precedence: this Part A, then Part B, then the Service Description.

Signed for the Customer: ____________________  Signed for the Vendor: ____________________

## PART B — FIELDWISE GENERAL TERMS

### 1. Definitions

1.1 "Service" means the subscription service described in A2 and the Service Description. 1.2 "Customer Data" means data, files and content submitted to the Service by or for the Customer, including data about the Customer's end customers, technicians and products. 1.3 "Usage Data" means technical and statistical data about the use and performance of the Service. 1.4 "Fees" means the amounts set out in A3.

### 2. Service and Service Levels

2.1 The Vendor shall provide the Service in accordance with the Service Description and these terms, and shall not materially reduce the functions of the Service during the Subscription Term.

2.2 Availability. The production Service shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours ahead and performed between 01:00 and 05:00 China Standard Time.

2.3 Support. Priority 1 incidents (the Service or the technician app unavailable for all users, or data corruption) receive a response within one hour and continuous work until resolved; Priority 2 incidents receive a response within two hours; Priority 3 requests receive a response on the next business day. Support is given in Chinese and English by telephone and the support portal at all times for Priority 1.

2.4 Service Credits. If monthly availability falls below the commitment in 2.2, the Customer receives a credit of 5% of the monthly equivalent of the subscription fee for each 0.05 percentage point of shortfall, up to half of the monthly equivalent. A missed Priority 1 response time entitles the Customer to a credit of CNY 1,000 per hour late. Credits are deducted from the next invoice or refunded at the end of the term.

### 3. Customer Data and Security

3.1 As between the parties, the Customer owns all Customer Data. The Vendor processes Customer Data to provide the Service and support.

3.2 The Vendor shall maintain a written information security programme, including encryption of Customer Data in transit and at rest, role-based access, multi-factor authentication for administrative access, logging and daily backups kept in mainland China. The Vendor complies with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law as they apply to its processing.

3.3 The Vendor shall notify the Customer without undue delay, and in any event within 24 hours, after becoming aware of a security incident affecting Customer Data, shall investigate and remedy it, and shall bear the costs and losses caused by its breach of this Section 3.

3.4 The Vendor may collect and use Usage Data and aggregated, de-identified information derived from Customer Data, such as work-order volumes, repair times and part failure rates, to operate and improve its products, to create industry benchmarks for its customers and for other commercial purposes, during and after the Subscription Term, provided that the information does not identify the Customer or any individual.

3.5 On expiry or termination the Vendor shall make Customer Data available for export in a standard format for 60 days and then delete it.

### 4. Confidentiality

Each party shall keep the other party's Confidential Information confidential, use it only for the purposes of this agreement and protect it with at least reasonable care. Confidential Information includes the terms of this Order Form, Customer Data and each party's business and technical information. This obligation continues for three years after termination and, for trade secrets and Customer Data, for as long as the information remains confidential.

### 5. Intellectual Property

5.1 The Vendor owns the Service, its software and documentation and all improvements of them. The Customer receives a right to use the Service during the Subscription Term under A2.

5.2 Configurations, workflows, report templates and interface mappings created by the Vendor specifically for the Customer during onboarding belong to the Customer, which may use, modify and have them used by third parties without restriction. The Vendor shall hand them over in an exportable form on request.

### 6. Term and Renewal

6.1 This Order Form starts on signature and continues for the Subscription Term.

6.2 The Subscription Term renews automatically for successive renewal terms, each equal to one Subscription Year, unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.

6.3 Fees for each renewal term will be those of the Vendor's then-current price list. The Vendor will inform the Customer of any increase 75 days before the renewal date; the increased Fees apply to the renewal term unless the Customer gives notice of non-renewal.

### 7. Termination

7.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not cure it within 30 days after written notice describing the breach.

7.2 The Customer may also terminate if availability falls below 99% in two consecutive months. On termination for the Vendor's breach, the Vendor refunds prepaid Fees for the period after termination.

### 8. Limitation of Liability

8.1 Neither party is liable for indirect, special or consequential damages or lost profits.

8.2 Each party's aggregate liability arising out of or related to this Order Form shall not exceed the Fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

8.3 The limits in 8.1 and 8.2 do not apply to the Customer's payment obligations, to fraud or wilful misconduct, or to personal injury.

### 9. Subcontractors

The Vendor may not subcontract the performance of the Service, other than to the hosting partner named in A6, without the Customer's prior written consent. The Vendor remains responsible for its subcontractors as for itself.

### 10. Governing Law and Disputes

This Order Form is governed by the laws of the People's Republic of China. Any dispute shall be referred to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time of application. The award is final and binding on both parties.

### 11. General

Neither party is responsible for delays caused by events beyond its reasonable control. Notices must be in writing and sent to the contacts in A1. The Customer may not assign this Order Form without the Vendor's consent, except to an affiliate. This Order Form may be signed in counterparts and electronically.
"""

E03 = """T:Purchase Contract for Cold Store Monitoring Sensors and Software
P:Contract No. HY-PUR-2027-0317
P:Buyer: Tianjin Haiyun Cold Chain Logistics Co., Ltd., Dongjiang Port Area, Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Straight River Sensing, LLC, 1860 Austin Road, Owatonna, Minnesota 55060, United States (the "Supplier").
P:This contract is made on the Buyer's standard purchase terms. The Buyer operates six cold stores and wishes to replace its manual temperature logging with a wireless monitoring system. The Supplier has offered the equipment and software described below, and the parties agree as follows.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in the Price Table. "Software" means the Supplier's ColdWatch monitoring software, including the web console, the alarm module and the mobile app.
P:1.2 "System" means the Equipment and the Software installed, configured and integrated at the six sites listed in Annex 1.
P:1.3 "Custom Work" means the alarm escalation rules, dashboards, reports and the interface to the Buyer's warehouse management system prepared by the Supplier for the Buyer, together with their source code and documentation.
P:1.4 "Buyer Data" means all temperature, humidity, door, alarm, location and user data collected or stored by the System.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment new and unused, grant the Software licence, and install, calibrate, configure and commission the System at the six sites.
P:2.2 The Supplier shall prepare the Custom Work, connect the System to the Buyer's warehouse management system, and train the Buyer's operators and engineers.
P:2.3 The Supplier shall deliver the Equipment to the sites within 60 days and complete commissioning within 100 days after the contract date.
P:2.4 Title to the Equipment passes to the Buyer on delivery to the site. Risk of loss stays with the Supplier until the Installation Certificate is signed for the site concerned. The Supplier shall pack the Equipment for sea and road transport and shall replace any unit damaged in transit without delay.
P:2.5 Installation work in the cold rooms shall follow the Buyer's safety rules for low-temperature areas, forklift traffic and work at height. The Supplier's staff shall wear the protective clothing provided by the Buyer and shall not stay in rooms below minus 18 degrees Celsius for longer than the Buyer's rules allow.
P:2.6 Training shall cover daily operation, alarm handling, sensor replacement and basic troubleshooting, and shall be given at each site in Chinese, with Chinese training materials that the Buyer may copy for internal use.
H:3. Price
P:3.1 The contract price is CNY 1,590,000 (the "Contract Price"), fixed and inclusive of VAT, customs duties, transport, insurance and all expenses, as set out in the Price Table:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensors, calibrated, with mounting kits|1,200|680|816,000
TB:2|LoRa gateways with 4G backup link|96|3,250|312,000
TB:3|ColdWatch monitoring software, perpetual site licence for six sites|1|286,000|286,000
TB:|Hardware and Licence Subtotal|||1,414,000
TB:4|Installation, calibration and commissioning|1 lot|148,000|148,000
TB:5|Training of operators and engineers|1 lot|28,000|28,000
TB:|Contract Price|||1,590,000
H:4. Payment
P:4.1 The Buyer shall pay 10% of the Contract Price within 20 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount issued by a bank in mainland China.
P:4.2 The Buyer shall pay 55% of the Contract Price within 20 working days after the Buyer signs the Installation Certificate for all six sites. The Installation Certificate confirms delivery and installation only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 working days after Final Acceptance.
H:5. Acceptance
P:5.1 After commissioning the System shall run for 30 consecutive days. Final Acceptance requires that: every sensor reports at its configured interval, with no more than 20 missed readings per sensor during the run; the measurement deviation of a 5% sample of sensors checked against a reference thermometer does not exceed 0.3 degrees Celsius; alarms reach the duty phones within 60 seconds in a test at each site; the interface to the warehouse management system transfers all readings without loss; and no Severity 1 fault occurs in the last 15 days of the run.
P:5.2 The Buyer shall issue the Final Acceptance certificate within 10 working days after the criteria are met, or give a written list of deficiencies, which the Supplier shall correct before the test is repeated.
P:5.3 Installation, use of the System in operation, or any payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During that period the Supplier shall repair or replace defective Equipment, correct Software defects, provide Software updates and recalibrate sensors once a year, all free of charge.
P:6.2 The Supplier shall keep a stock of spare sensors and gateways in Tianjin sufficient to replace failed units within two working days.
P:6.3 After the warranty the Supplier shall, if the Buyer so orders, provide support on the same terms for an annual fee of 7% of the Hardware and Licence Subtotal, that is CNY 98,980 per year. This fee is fixed for the first two years after the warranty. Each year of support is ordered separately and does not renew automatically.
H:7. Service Levels
P:7.1 Faults are classified by severity:
TB:Severity|Description|Response|On site or restored
TB:Severity 1|Monitoring or alarms unavailable for a whole cold store|30 minutes|6 hours
TB:Severity 2|A gateway or more than ten sensors failed|2 hours|next working day
TB:Severity 3|Single sensor, display or report problem|next working day|5 working days
P:7.2 If the Supplier misses a response or restoration time for a Severity 1 fault, it shall pay the Buyer CNY 1,200 for each hour of delay. Amounts due may be deducted from any payment.
H:8. Intellectual Property
P:8.1 The Software and the sensor firmware remain the property of the Supplier or its licensors. The Buyer receives a perpetual, non-exclusive licence to use the Software at its sites.
P:8.2 All rights in the Custom Work belong to the Buyer from creation. The Supplier shall deliver the source code and documentation of the Custom Work at Final Acceptance, and the Buyer may use, modify and license it freely, itself or through third parties.
H:9. Buyer Data and Data Security
P:9.1 Buyer Data belongs to the Buyer. The Supplier shall process Buyer Data only to perform this contract and shall not copy, keep or use it for any other purpose.
P:9.2 The System shall be installed on servers in the Buyer's data centre in Tianjin. Remote access by the Supplier requires the Buyer's approval for each session and takes place through the Buyer's bastion host with logging. Buyer Data shall not leave mainland China.
P:9.3 The Supplier shall report any security incident involving the System or Buyer Data to the Buyer within two hours, take remedial measures at its own cost, and compensate the Buyer for all losses caused by its breach of this clause.
H:10. Confidentiality
P:10.1 The Supplier shall keep confidential all information about the Buyer's sites, customers, stored goods and security arrangements received under this contract and shall not disclose it to any third party without the Buyer's prior written consent. This obligation continues after the contract ends.
H:11. Delay and Liability
P:11.1 If the Supplier fails to deliver or to complete commissioning by the dates in clause 2.3, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this contract is limited to 150% of the Contract Price, except for personal injury, wilful misconduct, infringement of third-party rights and breach of clauses 9 and 10, for which liability is not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Cable installation at the sites may be carried out by a local installer approved by the Buyer in writing. The Supplier remains responsible for all subcontracted work.
H:13. Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or if the delay damages under clause 11.1 reach their maximum. The Supplier shall then refund the amounts paid for the parts of the System not accepted and take back the related Equipment at its own cost.
H:14. Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall first be negotiated in good faith. If it is not resolved within 30 days, it shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final.
H:15. General
P:15.1 Force majeure excuses a party's delay for as long as it lasts, provided that the party notifies the other promptly and provides evidence.
P:15.2 Annex 1 (Sites and Sensor Layout), Annex 2 (Technical Specification) and Annex 3 (Acceptance Test Plan) form part of this contract. The contract is signed in English and Chinese; both versions are equally valid.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ____________                     Date: ____________
"""

E04 = """# MANAGED IT SERVICES AGREEMENT

**Agreement No.** CWM-XLG-2027-02

**Customer:** Xiamen Lianhe Garments Co., Ltd., Haicang District, Xiamen, Fujian Province, People's Republic of China ("Customer").

**Provider:** Crow Wing Managed Services, Inc., a Minnesota corporation, 702 Laurel Street, Brainerd, Minnesota 56401, United States, acting through its registered branch office in Xiamen ("Provider").

Customer operates three garment factories and a design office in Xiamen and Zhangzhou. Customer wishes to outsource the operation of its end-user IT, service desk and site networks to Provider for a fixed term. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.
1.2 "Service Levels" means the response and resolution targets in Schedule 2.
1.3 "Charges" means the amounts in Schedule 3.
1.4 "Transition" means the handover of the services from Customer's internal team to Provider described in Section 3.
1.5 "Service Commencement Date" means the date on which Customer signs the Transition Acceptance certificate.
1.6 "Customer Data" means all data of Customer, its employees, customers and suppliers that Provider accesses, stores or otherwise processes when performing the Services.

## 2. Term

2.1 This Agreement starts on the date of signature. The Services run for 36 months from the Service Commencement Date (the "Term").
2.2 This Agreement expires at the end of the Term. Any extension requires a written agreement signed by both parties; there is no automatic renewal.

## 3. Transition

3.1 Provider shall take over the Services within 60 days after signature (the "Transition Completion Date"). Transition includes inventory of all devices and accounts, documentation of the network and configurations, set-up of Provider's ticketing tool and monitoring, knowledge transfer from Customer's staff, and a parallel run of ten working days.
3.2 Transition Acceptance requires that: the asset inventory reconciles with Customer's records for all end-user devices and network equipment; every site and device listed in Schedule 1 is monitored; runbooks for the top 30 recurring requests are approved by Customer; and during the parallel run at least 95% of tickets are resolved by Provider within the Schedule 2 targets. Customer shall sign the Transition Acceptance certificate within five working days after these criteria are met, or list the open points.
3.3 If Transition is not completed by the Transition Completion Date for reasons attributable to Provider, Provider shall pay liquidated damages of 0.2% of the Total Contract Value for each full week of delay, up to a maximum of 5% of the Total Contract Value.

## 4. Services and Service Levels

4.1 Provider shall perform the Services in accordance with Schedule 1, with good industry practice and with qualified staff, including two engineers on site at the Haicang factory on working days.
4.2 Provider shall meet the Service Levels in Schedule 2. Service credits are calculated monthly as shown in Schedule 2 and deducted from the next monthly invoice. Service credits do not limit Customer's other remedies.
4.3 Provider shall deliver a monthly service report showing ticket volumes, Service Level performance, open problems, asset changes and recommendations, and shall attend a monthly service review meeting.
4.4 Changes to the scope of the Services shall be agreed in writing through the change procedure. Provider shall not charge for additional devices up to 5% above the quantities in Schedule 1.

4.5 Customer shall give Provider timely access to its sites, systems and staff, provide desk space and network access for the on-site engineers, and keep its software licences valid. Provider is not responsible for a missed Service Level to the extent that it was caused by Customer's failure to meet these obligations, provided that Provider informed Customer promptly of the failure and its effect.

## 5. Charges and Payment

5.1 Customer shall pay the Charges in Schedule 3. The monthly service charge is invoiced monthly in arrears, starting with the month of the Service Commencement Date. The transition fee is invoiced after Transition Acceptance.
5.2 Customer shall pay each correct invoice within 30 days of receipt. Charges are fixed for the Term and include VAT, travel and tools.
5.3 No amount is payable before Transition Acceptance.

## 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider shall use Customer Data only to the extent necessary to perform the Services and shall not use it for any other purpose.
6.2 At the end of the Term, Provider shall return all Customer Data held by it and all documentation of Customer's systems, in a format agreed by the parties.

## 7. Confidentiality

7.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including Customer's designs, collections, pricing, customer lists and production plans, and shall not disclose it to any third party without the other party's prior written consent, except to its professional advisers or as required by law.
7.2 Provider shall ensure that each of its staff assigned to the Services signs a confidentiality undertaking in a form acceptable to Customer.
7.3 This Section survives for three years after the end of the Agreement.

## 8. Intellectual Property

8.1 Provider retains ownership of its ticketing and monitoring tools, which it uses to provide the Services.
8.2 Runbooks, network diagrams, configuration records, scripts and reports prepared for Customer under this Agreement belong to Customer, which may use, modify and give them to any successor provider without restriction.

## 9. Personnel and Subcontracting

9.1 Provider shall name a service delivery manager and shall not replace the on-site engineers more than twice a year without Customer's consent.
9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent. Provider remains responsible for the acts and omissions of its subcontractors.

## 10. Liability

10.1 Provider's total liability under this Agreement shall not exceed 150% of the Total Contract Value.
10.2 The limit in 10.1 does not apply to personal injury, wilful misconduct, gross negligence or breach of Section 7.
10.3 Neither party is liable for lost profits or indirect damages, except in the cases listed in 10.2.

## 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within 30 days after written notice, or if Provider misses the Priority 1 resolution target more than three times in any six-month period.
11.2 Provider may terminate this Agreement if Customer fails to pay undisputed Charges within 60 days after written notice.
11.3 On expiry or termination Provider shall provide exit assistance for up to 90 days, at the rates in Schedule 3, so that the Services can be transferred to Customer or a successor provider without interruption.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding.

## 13. General

13.1 Neither party is liable for delay caused by force majeure, provided that it notifies the other party promptly.
13.2 This Agreement, including Schedules 1 to 3, is the entire agreement on its subject. Amendments must be in writing and signed by both parties.

Signed for Customer: ____________________   Signed for Provider: ____________________

## Schedule 1 — Services and Sites

| Service | Scope | Quantity |
|---|---|---|
| Service desk | Chinese and English telephone, chat and portal support, 07:30–21:00 Monday to Saturday | 1,450 users |
| End-user device management | Laptops, desktops, printers, handheld scanners; patching, imaging, replacement | 1,180 devices |
| Network management | Switches, Wi-Fi access points, firewalls at four sites, 24x7 monitoring | 4 sites, 310 devices |
| Server and backup operation | Virtual servers, backup jobs and restores in Customer's server room | 42 servers |
| Account administration | Joiners, movers, leavers, mailbox and access requests | all users |
| On-site support | Two engineers at Haicang, visits to other sites within one working day | 4 sites |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | Production line systems, a whole site network or all users affected | 30 minutes | 6 hours | 2% of the monthly service charge per incident |
| Priority 2 | A department or a critical user affected | 1 hour | 1 working day | 0.5% of the monthly service charge per incident |
| Priority 3 | A single user affected, workaround available | next working day | 3 working days | none |
| Service desk | Calls answered within 60 seconds | 90% of calls per month | n/a | 1% of the monthly service charge |

Total service credits in a month are limited to 12.5% of the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after Transition Acceptance | 72,000 |
| Monthly service charge | 36 months × CNY 58,000 | 2,088,000 |
| Total Contract Value | | 2,160,000 |
| Exit assistance beyond 90 days | per engineer day | 2,400 |
"""

E05 = """DATA SUBSCRIPTION AGREEMENT
VESSEL TRACKING AND PORT CALL DATA API

Agreement No. LMD-DSA-2027-114

This Data Subscription Agreement (the "Agreement") is entered into between:

Dalian Beihai Grain Trading Co., Ltd., Zhongshan District, Dalian, Liaoning Province, People's Republic of China ("Customer"); and

Lakeport Maritime Data, Inc., a Wisconsin corporation with offices at 1520 South 10th Street, Manitowoc, Wisconsin 54220, United States ("Vendor").

Customer imports soybeans and corn by sea and wishes to receive vessel position, port call and port congestion data through an application programming interface for use in its chartering, logistics and risk systems. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Vendor's application programming interface through which the Licensed Data is delivered, with its documentation.
1.2 "Licensed Data" means vessel positions, voyage and port call records, estimated arrival times, berth and anchorage congestion indicators and related data made available through the API.
1.3 "Customer Content" means all data, queries, vessel lists, cargo information and other content that Customer submits to the API or to Vendor, and all outputs created by Customer's systems from it.
1.4 "Subscription Year" means the period from the Start Date to the day before its first anniversary, and the period from that anniversary to the day before the second anniversary.
1.5 "Start Date" means the date on which Vendor delivers working production API credentials to Customer.

2. SUBSCRIPTION

2.1 Vendor grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API and to use the Licensed Data for Customer's internal business purposes, including chartering decisions, logistics planning, freight risk management and reporting to its management and banks.
2.2 The subscription covers up to 3 million API calls per Subscription Year, 25 named users of the web viewer and coverage of all bulk carriers above 10,000 deadweight tonnes worldwide.
2.3 Customer may keep Licensed Data received during the Subscription Term in its own systems and continue to use it internally for historical analysis after the end of this Agreement, but may not resell it or make it available to third parties as a data product.
2.4 Customer shall not use the Licensed Data to build a competing data service, shall not remove source notices from the web viewer, and shall keep its API keys secret and restricted to its own systems. Customer may show Licensed Data in internal dashboards and in reports to its lenders, insurers and auditors, provided that the reports are not published.
2.5 Customer shall name a technical contact, keep a record of the systems that use the API keys, and inform Vendor promptly if it suspects that a key has been disclosed, so that Vendor can replace it.
2.6 The Subscription Term is two Subscription Years from the Start Date. Vendor shall deliver the production API credentials no later than 1 March 2027.

3. INTEGRATION SUPPORT AND ACCEPTANCE

3.1 Vendor shall provide integration support: a sandbox environment, a kick-off workshop, mapping of Vendor's vessel and port identifiers to Customer's master data, and help with connecting the API to Customer's chartering and logistics systems.
3.2 Integration Acceptance tests: Customer's systems receive position updates for a test fleet of 200 vessels for ten consecutive days; port call events for the ports of Dalian, Santos, Paranagua and New Orleans match the port authorities' published records for the test period; identifier mapping covers all vessels in Customer's master data; and the documentation in Chinese and English is delivered. Customer shall confirm Integration Acceptance in writing within five working days after the tests are passed, or list the deficiencies.
3.3 If the tests are not passed, Vendor shall correct the deficiencies at its own cost and the tests shall be repeated. Use of the Licensed Data by Customer's staff during the test period does not mean that Integration Acceptance has been given.

4. FEES AND PAYMENT

4.1 The fees are:
(a) subscription fee of CNY 372,000 per Subscription Year, or CNY 744,000 for the Subscription Term; and
(b) integration support fee of CNY 28,000, one-time.
The total fees under this Agreement are CNY 772,000, inclusive of VAT.
4.2 The subscription fee for each Subscription Year is invoiced on the first day of that Subscription Year and is payable within 30 days. The integration support fee is invoiced after Integration Acceptance and is payable within 30 days.
4.3 API calls above the annual volume in 2.2 are charged at CNY 0.02 per call, invoiced quarterly in arrears. Vendor shall warn Customer when 80% of the annual volume has been used.
4.4 Payments are made in CNY to Vendor's bank account in China.

5. SERVICE AND SUPPORT

5.1 Vendor will use commercially reasonable efforts to keep the API and the web viewer available and to update the Licensed Data at the frequency described in the documentation.
5.2 Vendor will provide technical support by e-mail and through its support portal during Vendor's business hours and will respond to support requests as promptly as practicable. Vendor will announce planned maintenance on its status page.
5.3 Vendor may modify the API from time to time, provided that it gives Customer at least 90 days' notice of any change that removes a field or endpoint used by Customer, and keeps the previous version available during that period.

6. CUSTOMER CONTENT AND DATA SECURITY

6.1 Customer Content belongs to Customer. Vendor shall process Customer Content only to provide the API and support to Customer and shall not use it for any other purpose, including analytics, benchmarking or improving Vendor's products, and shall not disclose it to any third party.
6.2 Vendor shall protect Customer Content with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, multi-factor authentication and logging. Vendor shall store Customer Content in data centres in mainland China and shall not transfer it abroad.
6.3 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Content, shall take remedial action and shall compensate Customer for the losses caused by Vendor's breach of this Section 6.
6.4 Within 30 days after the end of this Agreement, Vendor shall delete all Customer Content and confirm the deletion in writing.

7. CONFIDENTIALITY

7.1 Each party shall keep confidential the other party's non-public business, technical and commercial information, including Customer's vessel lists, cargo positions and trading strategies, and shall use it only for this Agreement.
7.2 These obligations survive for three years after the end of this Agreement.

8. INTELLECTUAL PROPERTY

8.1 Vendor and its data sources own the Licensed Data and the API. Except for the rights in Section 2, no rights are granted to Customer.
8.2 The identifier mappings, translation tables and integration scripts prepared by Vendor for Customer under Section 3 belong to Customer, which may use and modify them and have them used by third parties without restriction.

9. SUBCONTRACTORS AND DATA PARTNERS

9.1 Vendor may engage subcontractors, including satellite and terrestrial data partners, hosting providers and support contractors, to perform any part of this Agreement, by giving Customer written notice of the subcontractor's name and role. Vendor remains responsible for its subcontractors.

10. DELAY AND LIABILITY

10.1 If Vendor does not deliver the production API credentials by the date in 2.6, Vendor shall pay Customer CNY 500 for each day of delay, up to a total of CNY 20,000.
10.2 Each party's total liability under this Agreement is limited to twice the total fees in 4.1, except for breach of Sections 6 and 7, wilful misconduct and infringement claims, which are not limited.
10.3 Vendor does not warrant that the Licensed Data is complete or error-free; vessel positions depend on transmissions from the vessels. Vendor shall correct errors reported by Customer within a reasonable time.

11. TERM AND TERMINATION

11.1 This Agreement starts on signature and ends at the end of the Subscription Term. It does not renew automatically; any renewal requires a new order signed by both parties.
11.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice. If Customer terminates for Vendor's breach, Vendor shall refund the subscription fees paid for the period after termination.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.
12.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules then in force. The award is final and binding on both parties.

13. GENERAL

13.1 Neither party is liable for delay caused by events beyond its reasonable control, including failures of satellite networks, provided that it informs the other party promptly.
13.2 Neither party may assign this Agreement without the other party's written consent, except to an affiliate on notice.
13.3 This Agreement is the entire agreement between the parties on its subject and may only be amended in writing signed by both parties. It is executed in English in two originals.
13.4 Notices under this Agreement shall be given in writing by courier or e-mail to the addresses stated above or to another address that a party notifies in writing.

For Customer: ____________________        For Vendor: ____________________
Name:                                     Name:
Title:                                    Title:
Date:                                     Date:
"""

# ----------------------------------------------------------------------------------------------------------------------
NAMES = {
    "z01": ("h977z01_health_commission_palliative_care_platform.pdf", Z01),
    "z02": ("h977z02_rowing_machine_factory_line_control_retrofit.docx", Z02),
    "z03": ("h977z03_standup_school_chain_booking_membership_saas.txt", Z03),
    "z04": ("h977z04_grotto_mural_monitoring_om_service.txt", Z04),
    "z05": ("h977z05_jianzhan_studio_process_tracking_supplier_template.md", Z05),
    "e01": ("h977e01_yard_scheduling_perpetual_licence_wisconsin_vendor.pdf", E01),
    "e02": ("h977e02_field_service_saas_order_form.md", E02),
    "e03": ("h977e03_cold_store_sensors_monitoring_licence.docx", E03),
    "e04": ("h977e04_garment_maker_managed_it_services_36_months.md", E04),
    "e05": ("h977e05_vessel_tracking_data_api_subscription.txt", E05),
}
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms in TERM_KEYS order, (sla_clause, ld_stated, post_warranty_fee_capped or None, deemed), value
ROWS = {
    "z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 25, True, True, 24, 8, False, True, False,
                         "PRC", G], (True, True, True, False), 2040000),
    "z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 28, False, True, True,
                         "PRC", G], (True, True, True, False), 2780000),
    "z03": ("cloud", [99.5, 0.5, True, "buyer", True, True, False, 0.1, 200, None, True, None, None, None, True, True,
                      False, "PRC", S], (True, True, None, False), 674000),
    "z04": ("services", [99.95, 1, True, "buyer", True, True, True, 0.03, None, None, True, None, None, None, False, False,
                         False, "PRC", S], (True, True, None, False), 486000),
    "z05": ("software", [None, 10, False, "supplier", True, False, True, None, 86000 / 430000 * 100, 65, False, False, 6,
                         None, False, True, None, None, G], (True, False, False, True), 430000),
    "e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 9, False, True, False,
                         "Wisconsin", G], (True, True, True, False), 1862000),
    "e02": ("cloud", [99.95, 1, True, "buyer", True, False, True, 600 / 900000 * 100, 6 / 24 * 100, None, True, None, None,
                      None, True, True, False, "PRC", S], (True, True, None, False), 900000),
    "e03": ("hardware", [None, 0.5, True, "buyer", True, True, True, 0.08, 150, 10, True, True, 36, 7, False, True, False,
                         "PRC", G], (True, True, True, False), 1590000),
    "e04": ("services", [None, 0.5, True, "buyer", False, True, True, 0.2 / 7, 150, None, True, None, None, None, False,
                         True, False, "PRC", S], (True, True, None, False), 2160000),
    "e05": ("cloud", [None, None, False, "buyer", True, True, True, 500 / 772000 * 100, 200, None, True, None, None, None,
                      False, True, True, "PRC", S], (False, True, None, False), 772000),
}
# TCO inputs for goods/licence drafts with a stated, capped fee: fee base (itemised licence/hardware subtotal)
TCO_BASE = {"z01": 1180000, "z02": 2360000, "e01": 1260000, "e03": 1414000}
FORUM_OUTSIDE_MAINLAND = {"e01"}  # Wisconsin courts (the law chosen is Wisconsin law anyway)
DESIGN = {
    "z01": [],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-LD-LOW"],
    "e05": ["CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"],
}
DESIGN_RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high", "e01": "low",
               "e02": "medium", "e03": "low", "e04": "high", "e05": "high"}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
            "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
            "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
            "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium"}
# policy thresholds (defaults of the shipped pack), used only for the checks below
TH = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
      "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
TCO_TH, HORIZON = 40, 5


def label(key):
    cat, vals, (sla, ld_stated, capped, deemed), value = ROWS[key]
    terms = dict(zip(TERM_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return {"file": NAMES[key][0], "language": "zh" if key[0] == "z" else "en", "category": cat,
            "expected_terms": terms, "expected_extra": extra, "expected_rules": sorted(DESIGN[key])}


def tco(key):
    """(TCO, post-warranty fees, share %) or None when not computable / not applicable."""
    t = label(key)["expected_terms"]
    x = label(key)["expected_extra"]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = TCO_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    total = x["contract_value"] + fees
    return total, fees, fees / total * 100


def derive(key):
    """My reading of policy §3 applied to the label."""
    lab = label(key)
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == G
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < TH["availability_pct"]:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > TH["p1_response_hours"]:
        r.add("CR-SLA-RESPONSE")  # "or unstated": also when there is no SLA at all
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < TH["ld_rate_per_day_pct"]:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < TH["liability_cap_pct"]:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > TH["prepayment_pct"]:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < TH["warranty_months"]:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > TH["post_warranty_fee_pct"]):
            r.add("CR-POST-WARRANTY-FEE")
        c = tco(key)
        if c and c[2] > TCO_TH:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE_MAINLAND:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


THRESHOLD_RE = re.compile("|".join([
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九点])", r"thirty\s*-?\s*per\s*-?\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九点])", r"forty\s*-?\s*per\s*-?\s*cent",
    r"(?<![\d.])15\s*%", r"百分之十五(?!点)", r"fifteen\s*-?\s*per\s*-?\s*cent",
    r"(?<![\d.])100\s*%", r"百分之一?百", r"hundred\s*-?\s*per\s*-?\s*cent",
    r"(?<![\d.])99\.9(?!\d)",
    r"(?<![\d.])0?\.05\s*%", r"万分之五(?![十\d])", r"千分之零点五",
    r"(?<![\d.])4\s*-?\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)", r"(?<![\d十])四个?小时", r"(?<![a-z])four\s*-?\s*hours?",
    r"(?<![\d.])12\s*-?\s*(?:个月|calendar\s*months?|months?)", r"(?<![\d十])十二个月", r"twelve\s*-?\s*(?:calendar\s*)?months?",
    r"(?<![第每任逐])一年(?!级)", r"(?<![a-z])one\s*-?\s*year(?!s)", r"(?<![\d.])1\s*-?\s*year(?!s)",
]), re.I)
MUST_HIT = ["预付款为合同总价的30%", "可用率99.9%", "4小时内响应", "within 4 hours", "万分之五", "0.05 %", "100% of",
            "质保期12个月", "twelve months", "质保期一年", "费率15%", "40 %", "百分之三十", "four hours", "one-year warranty",
            "12 months", "4h"]
MUST_MISS = ["24小时", "99.95%", "115%", "0.055%", "第一年", "14 hours", "二十四小时", "140%", "1.30%", "130%", "99.98%",
             "每一年", "万分之五十", "one Subscription Year", "2 years", "112 months", "25%", "0.08%"]


def threshold_hits(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        hits += [m.group(0) for m in THRESHOLD_RE.finditer(variant)]
    return hits


def check():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s)
    covered = set()
    for key, (name, _) in NAMES.items():
        lab = label(key)
        t = lab["expected_terms"]
        d = derive(key)
        assert d == sorted(DESIGN[key]) == lab["expected_rules"], (key, d, DESIGN[key])
        assert risk(d) == DESIGN_RISK[key], (key, risk(d))
        covered |= set(d)
        for k, v in TH.items():
            assert t[k] is None or abs(t[k] - v) > 1e-9, (key, k)
        c = tco(key)
        if c:
            assert abs(c[2] - TCO_TH) > 2, (key, c)
        text = read_back(OUT / name)
        hits = threshold_hits(text)
        assert not hits, (key, hits)
        if key[0] == "z":
            n = len(re.sub(r"\s", "", text))
            assert 2750 <= n <= 3000, (key, n)
        else:
            n = len(text.split())
            assert 1450 <= n <= 1650, (key, n)
        print(f"{name}: length {n}; rules {d or '(none)'}; risk {risk(d)}" + (
            f"; TCO {c[0]:,.0f}, post-warranty {c[1]:,.0f}, share {c[2]:.2f} %" if c else ""))
    assert covered == set(SEVERITY), set(SEVERITY) - covered
    assert sum(1 for k in DESIGN if not DESIGN[k]) == 2
    print("all 20 CR rules covered; checks passed")


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    docpdf = {k: v[1] for k, v in NAMES.items() if v[0].endswith((".docx", ".pdf"))}
    write(docpdf, {k: (NAMES[k][0], NAMES[k][0].rsplit(".", 1)[1]) for k in docpdf}, OUT, wrap_words=True)
    for k, (name, src) in NAMES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    for k, (name, _) in NAMES.items():
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label(k), ensure_ascii=False, indent=1), encoding="utf-8")
    check()
