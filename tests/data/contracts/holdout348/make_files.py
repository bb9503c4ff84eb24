"""holdout348: writes the ten blind held-out draft contracts, their .json labels, and checks them.

Run from this folder:  /work/main/.venv/bin/python -B make_files.py
- .txt / .md are written as they are; .docx / .pdf are built with ../word_pdf.py write(..., wrap_words=True);
- every built file is read back (python-docx paragraphs + table rows, pypdf pages, file text) and its length asserted
  (Chinese 2,800-3,300 characters, English 1,500-1,700 whitespace-separated words);
- raw and whitespace-normalised texts are scanned for every policy threshold figure (regexes self-tested first);
- the expected rules are derived from the labels with policy.md's table (my own reading, not project code), compared
  with the hand-written lists, printed, and every one of the 20 CR rules is asserted to fire at least once.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# z01  市场监督管理局 网络交易监测平台  (pdf, 第X条 + 1.1)
H348Z01 = """
T:临澜市网络交易监测平台建设项目合同
P:合同编号：LLSJ-ZFCG-2025-061
P:项目编号：LLCG2025-0417（公开招标）
P:采购人（甲方）：临澜市市场监督管理局，地址：临澜市滨河区政和路88号
P:供应商（乙方）：杭州云衡数据科技有限公司，地址：杭州市西湖区文三路478号
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方本着平等自愿、诚实信用的原则，就临澜市网络交易监测平台建设事宜订立本合同。招标文件、投标文件、中标通知书及双方确认的技术需求说明书均为本合同的组成部分，与本合同正文不一致的，以本合同正文为准。
H:第一条 项目内容
P:1.1 乙方为甲方建设临澜市网络交易监测平台，对在本市登记的网店、平台内经营者及直播带货账号开展主体识别、商品及服务信息采集、违法线索研判和监管处置闭环管理。
P:1.2 项目内容包括：监测平台软件许可；定制开发（网店主体库、违法线索研判模型、与甲方执法办案系统的对接、与省局网络市场监管平台的数据接口）；数据采集服务器供货安装；部署实施及历史数据迁移；操作及管理员培训。具体功能及性能指标见技术需求说明书。
P:1.3 平台部署于甲方政务云专区，数据采集服务器安装于甲方指定机房。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰陆拾肆万元整（¥2,640,000.00），为含税固定总价，已包括软硬件、开发、实施、培训、差旅以及质保期内的全部服务费用，甲方不再另行支付其他费用。
P:2.2 分项价格如下：
P:（1）网络交易监测平台软件许可（永久授权，不限用户数）：¥1,260,000；
P:（2）数据采集服务器4台（含操作系统及三年原厂服务）：¥316,000；
P:（3）定制开发：¥874,000；
P:（4）部署实施及历史数据迁移：¥148,000；
P:（5）操作及管理员培训：¥42,000。
P:上述第（1）、（2）项合计¥1,576,000，为本合同的软硬件小计。
H:第三条 付款方式
P:3.1 合同签订且甲方收到乙方开具的等额合法发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥528,000。
P:3.2 服务器到货安装、平台部署完成并通过初验后15个工作日内，甲方支付合同总价的45%，即¥1,188,000。
P:3.3 系统通过终验后15个工作日内，甲方支付合同总价的35%，即¥924,000。
P:3.4 甲方按财政资金支付程序办理付款。因财政审批造成的合理延迟，不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后20日内完成服务器到货安装，90日内完成全部定制开发并提交初验申请。初验通过后系统进入60日试运行。
P:4.2 乙方应每周向甲方提交项目进度报告；关键节点可能延误的，应提前书面说明原因及补救措施。
P:4.3 乙方项目经理须为投标文件中承诺的人员，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验条件：服务器品牌、型号、配置与投标文件一致；平台全部功能模块部署完毕；以甲方提供的3,000家网店样本进行主体识别测试，与甲方登记数据比对的差错不超过8家；与执法办案系统的线索移交流程联调通过。
P:5.2 终验条件：试运行期内未发生一级故障；研判模型对甲方提供的历史案例完成复核测试并达到技术需求说明书的指标；与省局平台的接口连续10日推送数据无遗漏、无重复；通过第三方等级保护三级测评及商用密码应用安全性评估；乙方已移交全部源代码、部署文档、接口说明及用户手册。
P:5.3 甲方在收到乙方书面验收申请后10个工作日内组织验收，必要时可邀请专家参加，并出具验收报告。平台上线试运行、甲方实际使用或支付任何款项，均不视为验收合格。
H:第六条 质保与运维
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、硬件保修、安全补丁及技术支持。
P:6.2 质保期满后，甲方如继续委托乙方提供运维服务，年度运维服务费不超过软硬件小计的8%，即每个服务年度不超过¥126,080；质保期满后的前两个服务年度该费用不上调，此后如需调整，由双方书面协商，且不得超过上述标准。
P:6.3 运维服务合同按服务年度另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，计划维护不计入不可用时间，但应提前3日书面告知甲方。
P:7.2 故障分级及响应时限：一级故障（平台整体不可用或数据采集全部中断）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分模块不可用）应在2小时内响应，次日内解决；三级故障在3个工作日内处理完毕。
P:7.3 乙方响应、到场或恢复超时的，每超时1小时向甲方支付违约金¥2,000；月度可用率低于承诺值的，每低0.01个百分点扣减¥3,000。上述款项可从应付款项中直接扣除。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的软件模块、研判模型、接口程序及其源代码、技术文档，知识产权归甲方所有，甲方有权自行或委托第三方修改和使用。
P:8.2 平台标准产品的知识产权仍归乙方所有，乙方授予甲方永久、不可撤销的使用许可。乙方保证所交付成果不侵犯任何第三方的合法权益。
H:第九条 数据安全
P:9.1 平台采集、生成和存储的全部数据，包括经营主体信息、商品信息、监测线索和执法记录，均归甲方所有。乙方不得以任何形式留存、复制或将其用于本合同以外的用途。
P:9.2 乙方应落实网络安全等级保护要求，采取访问控制、加密存储和操作审计等措施；运维人员经甲方审批后，通过堡垒机访问系统。
P:9.3 发生数据泄露、篡改或丢失等安全事件的，乙方应在1小时内报告甲方并立即采取补救措施；因乙方原因造成安全事件的，乙方承担全部责任并赔偿甲方由此遭受的损失。
H:第十条 保密
P:10.1 乙方对履约过程中知悉的甲方工作秘密、执法信息及其他非公开信息负有保密义务，未经甲方书面同意，不得向任何第三方披露。本条义务不因合同终止而解除。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收申请的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:11.2 交付成果不符合合同约定的，乙方应在甲方要求的期限内免费整改；整改后仍不合格的，甲方有权拒收，并要求乙方赔偿损失。
P:11.3 甲方无正当理由拖延付款的，按国家有关规定承担责任。
H:第十二条 转包与分包
P:12.1 乙方不得将本项目转包，也不得将本项目的任何部分分包给第三方。
H:第十三条 合同解除
P:13.1 乙方逾期交付超过30日，或有其他严重违约行为且在甲方书面通知后15日内仍未纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:15.2 合同履行中需变更内容的，须经双方书面确认，并按政府采购有关规定办理。
P:甲方（盖章）：临澜市市场监督管理局　授权代表：__________　日期：______
P:乙方（盖章）：杭州云衡数据科技有限公司　授权代表：__________　日期：______
"""

# ---------------------------------------------------------------------------------------------------------------
# z02  玻璃瓶厂 制瓶机控制系统改造  (docx, 一、/（一）, Word price table)
H348Z02 = """
T:行列式制瓶机电子定时控制系统改造合同
P:合同编号：JC-SB-2025-118
P:甲方（买方）：宿迁晶澈玻璃制品有限公司
P:乙方（卖方）：无锡恒拓工业自动化有限公司
P:鉴于甲方二号窑炉配套的8台行列式制瓶机仍采用机械定时鼓和气动控制，故障多、换模时间长，甲方决定对其进行电子定时及伺服化改造；乙方具备相应的供货、安装和调试能力。双方依据《中华人民共和国民法典》，经平等协商，订立本合同，共同遵守。
H:一、改造范围
P:（一）8台10组双滴料行列式制瓶机电子定时控制系统的整体替换，包括控制柜、伺服驱动及电机、拨瓶机和推瓶机的伺服化改造；
P:（二）2套供料机及剪料机构伺服系统；
P:（三）工艺监控软件（含操作站人机界面）的安装，以及与甲方现有冷端检验机的数据对接；
P:（四）停机切换、冷态及热态调试、工艺参数整定，以及对甲方操作和维修人员的培训。
P:（五）主要技术要求：定时系统采用以太网总线，单机可存储不少于200套产品配方；各机构动作角度可在操作站在线调整；拨瓶、推瓶机构采用伺服电机驱动，动作曲线可编程；控制柜防护等级不低于IP54，并适应热端环境温度；系统应保留与甲方制造执行系统对接的标准通讯接口。
P:（六）改造所需的电缆、桥架、气管及安装辅材由乙方提供，费用已包含在合同价格中。
H:二、合同价格
P:（一）本合同总价为人民币贰佰肆拾陆万捌仟元整（¥2,468,000），含增值税、包装运输、保险、安装调试及培训费用，分项如下：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|伺服电子定时控制柜|8套|168,000|1,344,000
TB:2|伺服驱动及电机（拨瓶、推瓶）|8套|57,500|460,000
TB:3|供料机及剪料伺服系统|2套|96,000|192,000
TB:4|工艺监控软件许可（含人机界面）|1套|178,000|178,000
TB:|软硬件小计|||2,174,000
TB:5|安装调试及停机切换|1项|236,000|236,000
TB:6|工艺整定及培训|1项|58,000|58,000
TB:|合计|||2,468,000
P:（二）除本合同另有约定外，甲方无需为本合同范围内的工作另行支付任何费用。
H:三、付款方式
P:（一）合同生效后10日内，甲方支付合同总价的20%作为预付款，即¥493,600；
P:（二）设备全部运抵甲方现场并经双方清点签收后10日内，甲方支付合同总价的50%，即¥1,234,000。到货签收仅确认数量和外观，不构成质量验收；
P:（三）终验合格后15日内，甲方支付合同总价的25%，即¥617,000；
P:（四）其余5%即¥123,400作为质量保证金，质保期满且无未决质量问题后15日内无息支付。
H:四、交货、安装与验收
P:（一）乙方应于合同生效后75日内将全部设备运抵甲方宿迁工厂。改造按甲方排定的停机计划分四批实施，每批2台，每批停机时间不超过96小时。
P:（二）每批改造完成后进入热态生产调试。全部8台改造完成后连续生产72小时，同时满足下列条件的，双方签署终验报告：1. 各机台机速达到改造方案的设计值；2. 同品种成型合格率不低于改造前三个月的平均水平；3. 定时控制精度达到±0.1度；4. 单机换模时间较改造前缩短一半以上；5. 与冷端检验机的数据对接正常，报表准确。
P:（三）终验不合格的，乙方应在15日内整改并申请重新验收。设备投入生产使用，不视为验收合格。
H:五、质量保证与故障响应
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内因设备或软件质量问题发生的维修、更换、差旅费用均由乙方承担。
P:（二）故障分级及响应：一级故障（单台整机停机或定时系统失控）乙方应在30分钟内电话响应，6小时内派工程师到场；二级故障（单组或单个机构异常）2小时内响应，24小时内到场。乙方应在宿迁常备关键备件。
P:（三）乙方未按上述时限响应或到场的，每迟延1小时向甲方支付违约金¥1,000，甲方可从质量保证金中扣除。
H:六、质保期满后的维保服务
P:（一）质保期满后，乙方应继续保证备件供应，备件供应期不少于八年。
P:（二）质保期满后的维保服务，由乙方按其届时执行的服务价格标准向甲方报价，双方据此签订维保协议；乙方可根据人工及备件成本的变化调整该价格标准。
H:七、知识产权
P:（一）乙方为本项目编写的控制程序、工艺配方画面及其源程序归甲方所有，甲方有权自行修改或委托他人修改；
P:（二）工艺监控软件和伺服驱动固件的知识产权归原权利人所有，甲方获得永久使用许可。
H:八、生产数据
P:甲方的工艺参数、配方、产量及设备运行数据归甲方所有，乙方不得将其用于本合同以外的目的。
H:九、保密
P:双方对履约过程中知悉的对方技术资料、工艺秘密和商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密期限至本合同终止后三年。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:（三）因乙方原因导致甲方停产的，乙方应赔偿甲方的直接损失。
H:十一、合同的解除
P:本合同生效后，除因不可抗力致使合同目的无法实现的情形外，任何一方均不得解除本合同。一方违约时，另一方的救济限于要求继续履行、修理或更换以及支付违约金，合同不因违约而解除。
H:十二、转让与分包
P:乙方不得转让本合同。电气安装中的辅助作业如需分包，应事先取得甲方书面同意。
H:十三、争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交宿迁仲裁委员会仲裁。
H:十四、安全生产与现场管理
P:（一）乙方人员进入甲方厂区，应遵守甲方的安全生产、消防和高温作业管理制度，进入热端区域须穿戴甲方规定的防护用品。乙方应在每批改造开工前提交施工方案和安全交底记录，经甲方设备部确认后方可停机施工。
P:（二）停机切换期间，乙方应与甲方工艺、电气人员共同确认断电、挂牌和气源隔离，切换完成后共同检查确认方可恢复生产。
P:（三）因乙方违反安全规定造成人身伤害或财产损失的，由乙方承担责任。
H:十五、培训与资料
P:（一）乙方应在终验前为甲方操作工、机修工和电气人员分别组织培训，培训内容包括定时参数设置、伺服机构调整、常见故障判断和备件更换，培训时间合计不少于10个工作日，并对参训人员进行考核。
P:（二）乙方应在终验时向甲方移交电气原理图、接线图、控制程序备份、参数清单、备件清单及中文操作维护手册各两套，并提供电子版。
H:十六、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明。双方根据不可抗力的影响程度协商延期履行或部分免除责任。
H:十七、其他
P:本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：改造技术方案、设备清单、停机计划。
P:甲方：宿迁晶澈玻璃制品有限公司（盖章）　代表签字：__________
P:乙方：无锡恒拓工业自动化有限公司（盖章）　代表签字：__________
"""

# ---------------------------------------------------------------------------------------------------------------
# z03  连锁药店 (110 家) 进销存及会员 SaaS + 实施  (txt, 第X条 + （1）)
H348Z03 = """连锁药店进销存及会员管理SaaS服务合同

合同编号：KYDYF-IT-2025-029

甲方：湖南康御大药房连锁有限公司
住所：长沙市岳麓区麓谷大道627号

乙方：长沙药联云信息技术有限公司
住所：长沙市开福区芙蓉中路一段129号

鉴于甲方在湖南省内经营直营门店110家，拟统一上线进销存、GSP质量管理、医保结算对接及会员营销系统，乙方提供"药联云"零售药店SaaS服务及相应实施服务，双方经友好协商，订立本合同。

第一条 服务内容
（1）乙方向甲方总部及110家门店提供"药联云"SaaS服务，包括采购、库存、批号效期、GSP质量管理、门店POS收银、医保结算接口、会员积分及营销等模块。
（2）乙方提供实施服务：基础资料及历史会员数据迁移、医保接口联调、门店收银设备调试以及总部和门店人员培训。
（3）本服务通过乙方运营的云平台提供，甲方数据存储于中国境内的数据中心。
（4）乙方应保证本服务满足《药品经营质量管理规范》对计算机系统的要求，包括首营企业和首营品种审核、购进验收记录、养护记录、处方药销售登记及含特殊药品复方制剂的限量销售控制，并在监管要求变化时免费完成相应的功能调整。
（5）乙方在服务期内免费提供标准功能的版本升级，升级应提前7日通知甲方，并不得影响门店营业。

第二条 服务期限与续期
（1）服务期为三个服务年度，自上线验收合格之日起计算。服务年度指自服务开始日（或其周年对应日）起至下一个周年对应日的前一日止的期间。
（2）服务期届满前30日内，任何一方未书面提出不再续订的，本合同自动续期一个服务年度，此后亦同。
（3）每次续期时，乙方有权根据市场行情上调订阅单价，单次上调幅度不超过8%，以乙方的书面调价通知为准，甲方无需另行签署补充协议。

第三条 费用
（1）订阅费：门店端每店每服务年度¥3,600，110家门店合计¥396,000；总部端每服务年度¥48,000。订阅费合计每服务年度¥444,000，三个服务年度共计¥1,332,000。
（2）实施费：一次性¥186,000。
（3）本合同总金额为¥1,518,000（含税）。服务期内新增门店的，按本条单价另行计费。

第四条 付款
（1）本合同不设预付款。
（2）实施费在上线验收合格后15个工作日内一次性支付。
（3）订阅费按服务年度支付，甲方应在每个服务年度开始后15个工作日内支付当期订阅费。
（4）乙方应在每次收款前开具合法有效的增值税专用发票。

第五条 实施与验收
（1）乙方应在合同签订后60日内完成全部门店的上线工作，并提交上线验收申请。
（2）上线验收标准：历史会员数据迁移后逐条核对一致；全部门店的医保结算联调通过；门店POS单笔收银响应时间不超过2秒；批号效期预警、首营审核等功能按需求清单测试通过；上线后连续7日未发生一级故障。
（3）满足上述标准的，甲方签署上线验收单。门店试用或部分门店先行使用，不视为验收合格。
（4）因乙方原因逾期完成上线的，每逾期一日，乙方向甲方支付违约金¥1,200。

第六条 服务水平
（1）乙方保证SaaS服务的月度可用率不低于99.5%。计划维护应安排在23:00至次日6:00之间，并提前48小时通知甲方。
（2）一级故障（全部或多数门店无法收银或无法进行医保结算）：乙方应在15分钟内响应，3小时内恢复服务；二级故障（部分功能异常）：1小时内响应，12小时内解决；三级故障：下一个工作日内处理。
（3）月度可用率低于承诺值的，按当月应分摊订阅费的5%抵扣；低于99%的，抵扣10%。一级故障响应超时的，每次另行抵扣¥1,000。抵扣金额在下一期订阅费中扣减。

第七条 数据权属与使用
（1）甲方在使用本服务过程中上传和产生的商品、进销存、会员及处方数据归甲方所有。
（2）甲方同意，乙方可以对上述数据进行去标识化和汇总处理后，用于乙方编制行业销售分析报告、改进产品以及向其他客户提供市场参考信息；经处理后形成的汇总数据，其权利归乙方所有。

第八条 数据安全
（1）乙方应按网络安全等级保护三级的要求运营本服务，对会员个人信息加密存储，实行分级授权和操作日志留存，并遵守《个人信息保护法》《数据安全法》等规定。
（2）发生数据泄露、篡改或丢失等安全事件的，乙方应在2小时内通知甲方，并配合调查和处置；因乙方原因造成安全事件的，乙方承担赔偿责任。
（3）本合同终止后30日内，乙方应将甲方数据完整导出交付甲方，并删除其系统中留存的甲方数据，但第七条第（2）项所述汇总数据除外。

第九条 保密
双方对在合作中知悉的对方商业秘密、经营数据及其他未公开信息负有保密义务，未经对方书面同意不得披露给任何第三方。保密义务在本合同终止后三年内持续有效。

第十条 知识产权
（1）"药联云"平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方定制的报表、医保接口适配程序及相关文档归甲方所有，甲方可自行修改或交由第三方使用。

第十一条 违约责任与责任限额
（1）任何一方违反本合同约定的，应承担继续履行、采取补救措施或者赔偿损失等违约责任。
（2）乙方在本合同项下的累计赔偿责任，以本合同总金额的1.5倍为限；但因乙方故意或重大过失、或违反第八条造成的损失不受此限。

第十二条 分包
乙方将实施服务的任何部分委托第三方完成的，须事先取得甲方书面同意，并对第三方的工作承担全部责任。

第十三条 合同解除
一方严重违约，经对方书面通知后15日内仍未纠正的，守约方有权书面通知解除本合同。乙方连续两个月月度可用率低于99%的，甲方亦可解除本合同。

第十四条 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交长沙仲裁委员会仲裁。

第十五条 甲方义务
（1）甲方应指定项目负责人，按乙方提交的实施计划及时提供商品资料、会员数据、医保接口参数和门店网络条件。
（2）甲方应妥善保管系统账号和密码，并按门店实际岗位分配操作权限。因甲方人员泄露账号造成的损失由甲方承担。
（3）甲方新开或关闭门店的，应提前10日书面通知乙方，订阅费按实际开通门店数在下一期调整。

第十六条 服务终止后的协助
本合同期满或解除后，乙方应在60日内继续提供只读查询功能，配合甲方将数据迁移至新系统，并提供数据字典和导出说明，不另收费用。

第十七条 不可抗力
因不可抗力或公有云基础设施的大范围故障导致服务中断的，受影响一方应及时通知对方并尽力减少损失；但乙方应按其灾备方案在合理时间内恢复服务。

第十八条 其他
本合同附件包括：服务功能清单、实施计划、门店清单及医保接口说明。本合同一式两份，双方各执一份，经双方签字盖章后生效。

甲方（盖章）：湖南康御大药房连锁有限公司　　授权代表：__________
乙方（盖章）：长沙药联云信息技术有限公司　　授权代表：__________
签订日期：2025年__月__日
"""

# ---------------------------------------------------------------------------------------------------------------
# z04  市交通运输局 公交一卡通清分系统 年度运维  (txt, 1. / 1.1)
H348Z04 = """临江市公交一卡通清分结算系统运维服务合同

采购方式：竞争性磋商
项目编号：LJJT-CS-2025-22

采购人（甲方）：临江市交通运输局
供应商（乙方）：江苏通衡信息系统有限公司

甲方就临江市公交一卡通清分结算系统运维服务项目组织竞争性磋商，经评审确定乙方为成交供应商。根据《中华人民共和国政府采购法》《中华人民共和国民法典》及磋商文件、乙方响应文件，双方订立本合同。

1. 服务范围与期限
1.1 乙方负责临江市公交一卡通清分结算系统的运行维护，范围包括交易采集前置机、清分结算引擎、对账子系统、结算文件生成模块、与合作银行及交通一卡通互联互通平台的接口，以及上述系统所在的服务器、存储、数据库和中间件。
1.2 服务期自2026年1月1日起至2026年12月31日止，为一个服务年度。服务期满本合同自动终止；甲方如需继续采购，应重新履行政府采购程序。

2. 服务内容
2.1 日常运行监控：对交易采集、清分、对账和结算文件生成全过程进行7×24小时监控，每日06:00前完成前一营业日的清分处理并出具日报。
2.2 定期巡检：每月对服务器、数据库和接口进行巡检，每季度进行一次容灾切换演练，并提交巡检及演练报告。
2.3 问题处理：对清分差错、对账不平、接口中断等问题进行分析处理，提交处理报告。
2.4 配合工作：配合甲方完成审计、等级保护测评、票价调整及新线路开通等工作。
2.5 服务接管：乙方应在服务期开始前完成与上一服务商的交接，核对系统清单、账号权限、运维文档和未闭环问题，交接清单经甲方签字确认。
2.6 版本管理：对清分规则、票价参数和接口程序的任何变更，乙方应先在测试环境验证，形成变更方案报甲方审批，在非运营时段实施，并保留回退方案。
2.7 报表与报告：乙方每月5日前提交上月运维月报，内容包括清分处理时效、故障及处理情况、资源使用情况和风险提示；每季度末提交季度运维报告。
2.8 应急保障：乙方应制定清分系统应急预案，在春节、国庆等客流高峰及票价调整前后安排专人值守，并参加甲方组织的应急演练。

3. 服务费用及支付
3.1 本合同服务费为人民币玖拾陆万捌仟元整（¥968,000），为固定总价，分项如下：清分结算系统应用及数据库运维¥540,000；远程值守及现场支持¥312,000；巡检及容灾演练¥68,000；备品备件¥48,000。
3.2 服务费按季度支付。每季度考核合格后15个工作日内，甲方支付当季度服务费¥242,000。本合同不设预付款。
3.3 季度考核得分低于80分的，当季度服务费按第5.3条扣减后支付；第4.5条的扣款在当季度服务费中一并扣除。

4. 服务要求
4.1 乙方应组建不少于6人的运维团队，其中至少2人具有清分结算系统运维经验，名单报甲方备案，未经甲方同意不得更换项目负责人。
4.2 故障分级及响应：
（1）一级故障：清分处理中断、结算文件无法生成或结算数据错误。乙方应在接到甲方通知后6小时内响应并开始处置，12小时内恢复；
（2）二级故障：单个接口中断或单类卡种交易无法清分。乙方应在8小时内响应，24小时内恢复；
（3）三级故障：报表、查询等非核心功能异常，2个工作日内解决。
4.3 乙方应设立7×24小时服务热线，并为每次故障建立工单，记录报修时间、响应时间、处理过程及恢复时间，工单记录作为考核依据。
4.4 乙方应储备必要的备品备件，备件更换后应将旧件交还甲方，硬盘等存储介质由甲方留存或在甲方监督下销毁。
4.5 乙方响应或恢复超时的，每超时1小时扣减服务费¥800；因乙方原因导致结算文件错误并造成资金划拨差错的，每次扣减¥5,000，并负责协助追回差错资金。

5. 考核与验收
5.1 甲方按季度对乙方进行考核，考核内容包括：日清分按时完成情况、故障处理时效、巡检和演练报告质量、文档完整性及服务满意度。
5.2 服务期满后，甲方组织年度验收。验收标准：全年日清分按时完成，无未闭环的一级故障，各项巡检、演练报告和运维文档齐全并移交甲方。
5.3 季度考核得分在80分以下的，每低1分扣减当季度服务费的1%。
5.4 季度考核由甲方信息中心牵头，会同甲方财务及公交企业代表进行，考核结果在季度结束后10个工作日内书面通知乙方。乙方对考核结果有异议的，可在收到通知后5个工作日内提出，甲方应予复核。
5.5 年度验收不合格的，乙方应在30日内整改，整改期间乙方仍须保障系统正常运行，整改完成后重新组织验收。

6. 数据安全
6.1 一卡通交易数据、持卡人信息、清分结算数据归甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存或向第三方提供。
6.2 乙方运维人员须通过甲方堡垒机访问系统，操作全程审计；禁止将生产数据导出至非甲方设备。
6.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方，并立即采取处置措施；因乙方原因造成的，乙方承担相应法律责任并赔偿损失。

7. 保密
乙方及其人员对履约过程中知悉的甲方工作秘密、系统架构、密钥及其他非公开信息负有保密义务，未经甲方书面许可不得披露。本条义务在合同终止后继续有效。

8. 知识产权
乙方在服务期内为甲方编写的运维脚本、报表、技术文档及巡检报告归甲方所有。

9. 违约责任
9.1 乙方未能于2026年1月1日完成服务接管，或逾期提交季度巡检报告的，每逾期一日向甲方支付违约金¥600。
9.2 乙方在本合同项下承担的违约金、扣款及赔偿责任，累计以本合同服务费总额的50%为限。
9.3 甲方逾期付款的，按国家有关规定承担责任。

10. 分包
乙方不得将本合同项下服务转包或分包给第三方。

11. 合同解除
乙方严重违约，或连续两个季度考核不合格的，甲方有权书面通知解除本合同，并按实际服务期间结算服务费。

12. 适用法律与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

13. 人员与驻场管理
13.1 乙方运维人员应遵守甲方的机房管理、保密和安全管理制度，进出机房须登记。甲方认为乙方人员不能胜任的，有权要求更换，乙方应在5个工作日内安排符合要求的人员接替。
13.2 乙方应为其人员缴纳社会保险，乙方人员在履约过程中发生的人身伤害由乙方负责处理。

14. 不可抗力
因不可抗力导致不能按约定履行的，受影响一方应及时通知对方并提供证明，双方协商确定继续履行或部分免责。

15. 其他
15.1 磋商文件、乙方响应文件及成交通知书为本合同的组成部分。合同履行中的变更，须经双方书面确认并按政府采购规定办理。
15.2 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：临江市交通运输局　　　　代表：__________
乙方（盖章）：江苏通衡信息系统有限公司　代表：__________
"""

# ---------------------------------------------------------------------------------------------------------------
# z05  腐竹厂 追溯系统 licence + custom development, the supplier's own template  (md, "## 第X条" + 1.1)
H348Z05 = """# 豆源溯食品追溯管理系统软件许可及定制开发合同

> 郑州豆源溯软件科技有限公司 标准合同文本 V2.3（本文本由乙方提供）

合同编号：DYS-2025-0386

**甲方（用户）**：桂平市鑫源腐竹食品有限公司

**乙方（供应商）**：郑州豆源溯软件科技有限公司

甲方为满足食品生产企业追溯管理要求，选用乙方"豆源溯食品追溯管理系统"，并委托乙方按甲方腐竹生产工艺进行定制开发。双方经协商一致，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供豆源溯食品追溯管理系统V3软件许可一套，并完成以下定制开发：黄豆原料批次管理、浸泡磨浆及挑皮烘干工序数据采集、成品赋码及出入库扫码、经销商流向查询。

1.2 系统部署在甲方厂区服务器上，服务器及扫码枪等硬件由甲方自行采购。

1.3 系统标准功能包括：基础资料管理、供应商及原料入库、生产工单、成品批次、赋码关联、仓储出入库、经销商管理、追溯查询、召回管理及统计报表。标准功能以乙方提供的产品功能清单为准。

1.4 定制开发需求以双方确认的需求说明书为准。需求说明书确认后，甲方提出新增或变更需求的，乙方另行报价。

## 第二条 合同价格

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 豆源溯食品追溯管理系统V3软件许可（永久） | 1套 | 368,000 |
| 2 | 定制开发（工序采集、赋码及流向查询） | 1项 | 84,000 |
| 3 | 部署实施及操作培训 | 1项 | 34,000 |
| | **合计** | | **486,000** |

本合同总价为人民币肆拾捌万陆仟元整（¥486,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的50%，即¥243,000。

3.2 系统安装调试完成后5个工作日内，甲方支付合同总价的其余50%，即¥243,000。

3.3 甲方未按期付款的，乙方有权暂停实施或暂停提供服务，由此造成的工期延误由甲方承担。

## 第四条 交付与实施

4.1 乙方在收到首期款后45日内完成系统安装调试。

4.2 甲方应按乙方要求提供服务器环境、网络条件和业务资料，并安排人员配合。因甲方原因造成的延误，交付期限相应顺延。

4.3 乙方对甲方指定的系统管理员及车间操作人员进行现场培训，培训共计3天，培训结束后甲方人员应能独立完成工单录入、赋码和出入库扫码操作。

4.4 乙方交付的资料包括系统安装介质、用户操作手册和系统管理员手册。

4.5 成品赋码采用一物一码方式，追溯码的编码规则由乙方按其系统规范设定。甲方需对接第三方电商平台或监管平台的，接口开发另行收费。

4.6 系统初始化所需的原料、产品、客户及经销商基础资料，由甲方按乙方提供的模板整理后导入，乙方提供导入指导。

## 第五条 验收

5.1 乙方完成系统安装调试后，即视为甲方验收合格。

5.2 甲方在安装调试完成后使用本系统进行生产登记的，亦视为甲方已验收合格。

## 第六条 免费维护期

6.1 免费维护期为六个月，自系统安装调试完成之日起计算。免费维护期内，乙方提供远程技术支持和软件缺陷修复。

6.2 故障响应：一级故障（系统无法登录或无法赋码）乙方在工作日8小时内响应；其他故障在2个工作日内响应。

6.3 上述响应时间为乙方的服务目标。超出时限的，乙方不承担任何费用抵扣、赔偿或违约责任。

## 第七条 年度维护服务

7.1 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的25%，即每个服务年度¥92,000，于每个服务年度开始前支付。

7.2 甲方未购买年度维护服务的，乙方不再提供升级、缺陷修复及技术支持；甲方此后重新购买的，应补交中断期间的年度维护费。

7.3 年度维护服务包括：软件缺陷修复、标准功能版本升级、远程技术支持和每年一次的现场巡检。定制开发功能的修改不在年度维护范围内，乙方另行报价。

## 第八条 知识产权

8.1 本系统以及乙方为甲方定制开发的全部成果，包括源代码、数据库结构、工序采集模块和技术文档，其知识产权均归乙方所有。

8.2 甲方在本合同约定范围内享有非独占的使用权，不得修改、反编译，也不得提供给任何第三方使用。

## 第九条 数据

9.1 甲方录入系统的生产、原料及销售数据归甲方所有。

9.2 甲方同意，乙方可以将上述数据去标识化后用于食品行业数据分析、产品优化和为其他客户提供服务。

9.3 乙方在实施和维护过程中应采取访问控制、数据备份和加密传输等安全措施，发生数据泄露的应及时通知甲方；因乙方原因导致甲方数据泄露的，乙方承担相应责任。

## 第十条 保密

双方对在合作中获悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露。甲方对乙方提供的系统、文档、报价及技术方案负有保密义务，不得提供给乙方的竞争对手。本条义务在合同终止后继续有效。

## 第十一条 违约责任

11.1 乙方逾期完成安装调试的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

11.3 乙方在本合同项下承担的全部责任，累计不超过合同总价的20%。乙方不承担任何间接损失或利润损失。

## 第十二条 甲方义务

12.1 甲方应保证服务器、网络及操作系统符合乙方提出的配置要求，并负责日常数据备份。

12.2 甲方不得将系统用于本合同约定以外的工厂或关联企业；需增加使用范围的，应另行向乙方购买许可。

12.3 甲方应对录入系统的数据的真实性负责，因甲方数据错误导致的追溯信息错误，由甲方自行承担责任。

## 第十三条 合同解除

一方违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同。

## 第十四条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，由乙方所在地人民法院管辖。

## 第十五条 通知

15.1 双方的联系人、电话和电子邮箱以本合同签署页记载为准。一方变更联系方式的，应提前3日书面通知对方。

15.2 乙方通过电子邮件或系统消息发送的通知，自发送之日起视为送达。

## 第十六条 不可抗力

因不可抗力导致不能履行合同的，受影响一方不承担责任，但应在不可抗力发生后及时通知对方。

## 第十七条 其他

17.1 本合同附件为本合同的组成部分，包括系统功能清单及定制开发需求说明。

17.2 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：桂平市鑫源腐竹食品有限公司　　日期：______

乙方（盖章）：郑州豆源溯软件科技有限公司　　日期：______
"""

# ---------------------------------------------------------------------------------------------------------------
# e01  Yangzhou jade-carving studio: modelling software, perpetual licences; Hungarian vendor in Tokaj
#      (pdf, Article N / N.N, price table printed as rows)
H348E01 = """
T:Software Licence and Services Agreement
P:Agreement No. YZJ-SW-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made on the date of the last signature below between:
P:(1) Yangzhou Yuyin Jade Carving Art Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 16 Wenhe North Road, Guangling District, Yangzhou, Jiangsu Province (the "Customer"); and
P:(2) Hegyalja Digital Form Kft., a company incorporated in Hungary with its registered office at Rákóczi út 41, 3910 Tokaj, Hungary (the "Vendor").
P:Background. The Customer carves nephrite and jadeite in its Yangzhou workshop and wishes to move its design work from hand drawings and clay maquettes to digital models that can be reviewed with clients and passed to its CNC roughing machines. The Vendor develops and licenses JadeForm Sculpt, a modelling application for hard-stone carving, and an add-on module that records the colour zones and veins of a raw stone from scan data. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means JadeForm Sculpt version 7 and the Vein Mapping Module, in object code, with their user documentation and any corrections and new versions supplied under this Agreement.
P:1.2 "Custom Presets" means the tool-path presets, post-processors and carving-stage templates that the Vendor prepares for the Customer's two CNC machines and the Customer's stone types under Article 4.
P:1.3 "Customer Materials" means the Customer's scans, photographs, design models, stone records, client files and any other data that the Customer creates or stores with the Software.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 6.3 that the Software and the Custom Presets have passed the acceptance tests.
P:1.5 "Contract Price" means the total price stated in Article 3.1.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on eight named workstations and two scanning stations at the Customer's premises in Yangzhou for the Customer's own business, including work carried out for the Customer's clients.
P:2.2 The Customer may move a licence to a replacement workstation by deactivating it on the old one. The Customer may make backup copies of the installation files.
P:2.3 The Customer shall not sell, rent or sublicense the Software, and shall not reverse engineer it except to the extent permitted by applicable law.
P:2.4 The licences do not expire and do not depend on the purchase of maintenance. If the Vendor ceases to trade, the Customer may continue to use the version it then holds without restriction.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The Contract Price is CNY 550,000, inclusive of all taxes levied in Hungary and of Chinese withholding tax, made up as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|JadeForm Sculpt 7, perpetual licence|8 seats|46,500|372,000
TB:2|Vein Mapping Module, perpetual licence|2 seats|38,000|76,000
TB:Licence subtotal||||448,000
TB:3|Custom Presets for two CNC machines|1 lot|46,000|46,000
TB:4|Installation and configuration, on site in Yangzhou|1 lot|32,000|32,000
TB:5|Training for designers and machine operators (3 days)|1 lot|24,000|24,000
TB:Contract Price||||550,000
P:3.2 The Contract Price is fixed. Travel, accommodation and interpreting costs of the Vendor's staff are included.
H:Article 4 Delivery and Services
P:4.1 Within 15 days after the Effective Date the Vendor shall make the Software available for download and issue the licence keys.
P:4.2 Within 45 days after the Effective Date the Vendor shall send an engineer to Yangzhou to install the Software, calibrate the Vein Mapping Module against the Customer's structured-light scanner, and configure the Custom Presets on the Customer's two CNC machines.
P:4.3 Training shall be given in Yangzhou in Chinese, with an interpreter provided by the Vendor, on dates agreed with the Customer.
P:4.4 The delivery dates in this Article are the Vendor's planning dates. No liquidated damages, price reductions or other payments apply if the Vendor delivers late; the Customer's remedies for late delivery are limited to those in Article 12.
H:Article 5 Payment
P:5.1 The Customer shall pay:
P:(a) 20% of the Contract Price (CNY 110,000) within 20 days after the Effective Date against the Vendor's invoice;
P:(b) 55% of the Contract Price (CNY 302,500) within 20 days after the Software has been installed on all workstations and the installation report has been signed; the installation report records completed installation only and is not acceptance;
P:(c) 25% of the Contract Price (CNY 137,500) within 20 days after Final Acceptance.
P:5.2 Payments shall be made by bank transfer to the Vendor's account stated in its invoice.
H:Article 6 Acceptance
P:6.1 Within 10 days after installation the parties shall run the acceptance tests in Annex 2 on three reference stones chosen by the Customer.
P:6.2 The tests are passed when: (a) a raw stone can be scanned, its colour zones and veins mapped and a carving model built from the scan; (b) models exported to the CNC machines reproduce the design within 0.02 mm on the Customer's test block; (c) the Custom Presets run all carving stages on both machines without manual editing of the tool paths; (d) each licensed workstation opens, edits and saves a model of 2 million polygons without error; and (e) the documentation and a list of the configured presets have been handed over.
P:6.3 When the tests are passed the Customer shall sign a Final Acceptance certificate. If a test fails, the Vendor shall correct the defect and the test shall be repeated within 10 days. Installation, use of the Software in production and payment of any instalment do not by themselves amount to acceptance.
H:Article 7 Warranty
P:7.1 The Vendor warrants that for 18 months after Final Acceptance the Software will perform substantially in accordance with its documentation and the Custom Presets will work as tested under Article 6.
P:7.2 During the warranty period the Vendor shall correct reported defects free of charge and supply new versions of the Software released in that period.
P:7.3 Support requests may be made by e-mail or through the Vendor's support portal. The Vendor will use commercially reasonable efforts to answer and resolve them promptly; it does not commit to any particular response or resolution time.
H:Article 8 Maintenance after the Warranty
P:8.1 After the warranty period the Customer may order annual maintenance, which includes defect correction, new versions and support as in Article 7.2 and 7.3.
P:8.2 The annual maintenance fee is 14% of the licence subtotal, that is CNY 62,720 per year. The Vendor shall not increase it for the first three maintenance years; any later increase shall not exceed 3% over the previous fee.
P:8.3 Maintenance is ordered by a written purchase order for each year and does not renew automatically.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property in the Software.
P:9.2 The Custom Presets and all documents prepared specifically for the Customer belong to the Customer, which may use, modify and have them modified by third parties without restriction. The Vendor shall deliver them in editable form.
P:9.3 The Vendor shall defend the Customer against any claim that the Software infringes a third party's rights and shall pay any damages awarded against the Customer.
H:Article 10 Customer Materials and Data Security
P:10.1 Customer Materials belong to the Customer. The Vendor shall use them only to perform this Agreement and shall not copy, retain or disclose them.
P:10.2 The Software runs on the Customer's own workstations and does not send Customer Materials to the Vendor. Remote access by the Vendor for support requires the Customer's approval for each session, is made through a connection controlled by the Customer, and is recorded.
P:10.3 The Vendor shall keep its personnel, tools and any files received for support secure against unauthorised access, shall notify the Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Materials, and shall be responsible for the losses the Customer suffers from any such incident caused by the Vendor.
H:Article 11 Confidentiality
P:11.1 Each party shall keep confidential the other party's non-public information received under this Agreement, including the Customer's designs and client lists and the Vendor's technical information, and shall use it only for this Agreement.
P:11.2 This obligation continues for three years after this Agreement ends.
H:Article 12 Term and Termination
P:12.1 This Agreement takes effect on signature by both parties (the "Effective Date").
P:12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice of it. If the Vendor has not installed the Software within 90 days after the Effective Date, the Customer may terminate and recover all amounts paid.
P:12.3 Termination does not affect the perpetual licences for which the Customer has paid.
H:Article 13 Liability
P:13.1 Neither party is liable for indirect or consequential loss.
P:13.2 The Vendor's total liability under this Agreement shall not exceed twice the Contract Price. This limit does not apply to Article 9.3, to breaches of Articles 10 and 11, or to fraud or wilful misconduct.
H:Article 14 Subcontracting and Assignment
P:14.1 The Vendor shall not subcontract any of its obligations without the Customer's prior written consent and remains responsible for any approved subcontractor.
P:14.2 Neither party may assign this Agreement without the other party's written consent.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the People's Republic of China.
P:15.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai under its rules in force at the time. The award is final and binding.
H:Article 16 General
P:16.1 This Agreement is made in English and Chinese, both texts being equally authentic.
P:16.2 Annex 1 (Software description and workstation list) and Annex 2 (Acceptance tests) form part of this Agreement.
P:Signed for the Customer: ____________________  Name and title: ____________________  Date: __________
P:Signed for the Vendor: ____________________  Name and title: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# e02  Dali Erhai cycling-tour operator: booking SaaS, Order Form + General Terms; Romanian vendor in Medias  (md)
H348E02 = """# TÂRNAVA TOURWARE — ORDER FORM AND GENERAL TERMS

**Order Form No. TT-CN-0412**

| | |
|---|---|
| Vendor | Târnava Tourware S.R.L., Strada Cloșca 9, 551041 Mediaș, Sibiu County, Romania ("**Vendor**") |
| Customer | Dali Erhai Windward Cycling Tours Co., Ltd., 58 Renmin Road, Dali Ancient Town, Dali, Yunnan Province, China ("**Customer**") |
| Service | RideDesk online booking, guide scheduling and fleet management service |
| Order date | the date of the last signature below |

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer (the "**Agreement**"). If they conflict, Part A prevails.

## PART A — ORDER FORM

### A1. Service

A1.1 Vendor will provide RideDesk as a hosted service for Customer's cycling tours around Erhai Lake and in the Cangshan foothills, with the following modules: online booking in Chinese and English with a WeChat mini-program front end, departure and group management, guide and support-vehicle scheduling, rental-bike fleet tracking and maintenance logs, waiver and insurance records, and reporting.

A1.2 Permitted use: up to 40 staff users, 3 booking channels and 260 rental bikes. Additional users may be ordered at the unit price in A3.

A1.3 Hosting: Vendor will host Customer's instance in the mainland China region of a cloud provider, Alibaba Cloud (Shanghai), so that Customer Data stays in mainland China.

### A2. Subscription Term

A2.1 The Subscription Term is two Subscription Years starting on the Go-Live Date. A "Subscription Year" is each successive period starting on the Go-Live Date or one of its anniversaries and ending on the day before the next anniversary.

A2.2 The Agreement does not renew automatically. Any further period requires a new Order Form signed by both parties.

### A3. Fees

At Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Fee | Basis | Amount (CNY) |
|---|---|---|
| RideDesk subscription, first Subscription Year | per Subscription Year | 168,000 |
| RideDesk subscription, second Subscription Year | per Subscription Year | 168,000 |
| Set-up and data migration (tour catalogue, bike fleet, past bookings) | one-off | 42,000 |
| Integration with WeChat Pay and Alipay, including reconciliation export | one-off | 26,000 |
| **Total fees under this Order Form** | | **404,000** |
| Additional staff user | per user per Subscription Year | 1,800 |

### A4. Invoicing and payment

A4.1 Vendor will invoice, on the Order Date, the set-up fee, the integration fee and the subscription fee for the first Subscription Year, together CNY 236,000. Customer shall pay this invoice within 10 days, and Vendor will begin set-up only after receiving payment.

A4.2 Vendor will invoice the subscription fee for the second Subscription Year 30 days before that Subscription Year starts. Customer shall pay it within 30 days of the invoice date.

A4.3 Fees are inclusive of Romanian VAT where applicable; any Chinese withholding tax is borne by Vendor and deducted from the payment.

### A5. Go-Live

A5.1 Vendor will make the service ready for Go-Live testing within 40 days after receiving the first payment.

A5.2 Go-Live tests (run by Customer with Vendor's support over 5 days): (a) a booking can be made, paid by WeChat Pay and by Alipay, changed and refunded, and appears in the daily reconciliation export with the correct amount; (b) the mini-program front end loads a tour page in under 3 seconds on a 4G connection in Dali; (c) guide rosters and vehicle assignments are produced for a test week of 30 departures without conflicts; (d) all past bookings and the bike fleet have been migrated and checked by sample against Customer's records; (e) staff users have been trained.

A5.3 When the tests are passed Customer will sign a Go-Live certificate; the date of signature is the "**Go-Live Date**". Use of the service by Customer's staff before that date is testing and does not count as acceptance.

A5.4 If the service is not ready for Go-Live testing within the period in A5.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 300 for each day of delay, which Customer may set off against later invoices.

### A6. Service levels

A6.1 Availability: the booking front end and the staff application will be available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance and carried out between 01:00 and 05:00 China Standard Time.

A6.2 Support priorities and response times:

| Priority | Example | Response | Workaround or fix |
|---|---|---|---|
| P1 | booking or payment not possible for all customers | 30 minutes, at any time | 3 hours |
| P2 | one module or one payment channel failing | 2 hours, 08:00–20:00 | 1 business day |
| P3 | other faults and questions | next business day | next release |

A6.3 Service credits: if availability in a month is below the figure in A6.1, Customer receives a credit of 5% of the monthly share of the subscription fee for each full 0.1 percentage point of shortfall, up to half of that monthly share. A P1 response later than stated earns a credit of CNY 500 per incident. Credits are deducted from the next invoice or paid out at the end of the Subscription Term.

### A7. Contacts

Vendor support: support@tarnava-tourware.example, +40 269 000 000 (24 hours for P1). Customer contact: the operations manager named in the Go-Live certificate.

## PART B — GENERAL TERMS

### B1. Customer Data

B1.1 "Customer Data" means all data entered into or generated by the service for Customer, including riders' names, identity-document numbers, contact details, health declarations, bookings, payments, routes and GPS tracks.

B1.2 Customer Data belongs to Customer. Vendor shall process it only to provide the service to Customer under this Agreement and on Customer's documented instructions, and shall not use it for any other purpose.

B1.3 On expiry or termination Vendor shall return Customer Data in CSV and JSON format within 15 days and then delete all copies, confirming the deletion in writing.

### B2. Data security

B2.1 Vendor shall operate the service under an information-security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, keep access logs for at least six months, and comply with the Personal Information Protection Law and the Data Security Law of the PRC.

B2.2 Vendor shall notify Customer within 24 hours after becoming aware of any unauthorised access to, loss of or disclosure of Customer Data, cooperate with Customer's response and notifications to authorities and riders, and bear the costs and losses caused to Customer by a security incident attributable to Vendor or its subcontractors.

### B3. Subcontractors

Vendor may use subcontractors and sub-processors, including its hosting provider and local implementation partners in Yunnan, to perform any part of the service. Vendor will inform Customer by e-mail of each new subcontractor before it starts work. Vendor remains responsible for its subcontractors' performance.

### B4. Intellectual property

B4.1 Vendor owns the RideDesk software and all improvements to it.

B4.2 Tour templates, price rules, report layouts and mini-program pages configured specifically for Customer are Customer's property; Customer may use, modify and hand them to any other provider without restriction, and Vendor will export them on request.

### B5. Confidentiality

Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and disclose it only to staff and advisers who need it and are bound by equivalent duties. This clause survives for three years after the Agreement ends.

### B6. Term and termination

B6.1 The Agreement starts on the Order Date and ends at the end of the Subscription Term.

B6.2 Either party may terminate the Agreement by written notice if the other party commits a material breach that is not remedied within 30 days after written notice. Customer may also terminate if the booking front end is unavailable for more than 24 consecutive hours for reasons attributable to Vendor. On termination by Customer under this clause Vendor shall refund the prepaid fees for the remaining part of the Subscription Term.

### B7. Liability

B7.1 Neither party is liable for loss of profit or for indirect loss.

B7.2 Each party's total liability under the Agreement is limited to 150% of the total fees under the Order Form. The limit does not apply to breaches of B1, B2 or B5, to personal injury, or to wilful misconduct.

### B8. Governing law and jurisdiction

This Agreement is governed by the laws of Romania. The courts of Sibiu, Romania, have exclusive jurisdiction over any dispute arising out of or in connection with it.

### B9. General

B9.1 Notices must be in writing and sent by e-mail with a copy by courier to the addresses in Part A.

B9.2 Neither party may assign the Agreement without the other's written consent.

B9.3 The Agreement is made in English. A Chinese translation may be prepared for reference only.

**Signed for Vendor:** ____________________ Name: ____________________ Date: __________

**Signed for Customer:** ____________________ Name: ____________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# e03  Heilongjiang blueberry farm: frost sensors on the buyer's paper; Bulgarian integrator in Sozopol
#      (docx, Section N / N.N, Word price table)
H348E03 = """
T:Supply and Installation Contract for a Frost Monitoring System
P:Contract No. HLBF-PUR-2025-031
P:Buyer: Heilongjiang Xiaoxing'anling Blueberry Farm Co., Ltd., 9 Linye Street, Yichun, Heilongjiang Province, China (the "Buyer").
P:Supplier: Chernomorie Agrotech EOOD, 14 Apolonia Street, 8130 Sozopol, Bulgaria (the "Supplier").
P:Recitals. The Buyer grows highbush and wild blueberries on 340 hectares of plantations in the Lesser Khingan foothills, where late spring and early autumn frosts regularly damage flowers and fruit. The Buyer issued its tender document HLBF-T-2025-09 for a frost monitoring and alert system. The Supplier submitted its bid on its own behalf and was selected. This Contract is on the Buyer's standard purchase terms, adapted to the tender.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, commission and hand over a frost monitoring system consisting of wireless frost and leaf-wetness sensor nodes, LoRaWAN gateways, two automatic weather stations, and the FrostGuard alert platform licensed for installation on the Buyer's own server.
P:1.2 The Supplier shall also configure alert rules for each plantation block, connect the platform to the controllers of the Buyer's sprinkler frost-protection system and six wind machines, and train the Buyer's agronomists and field staff.
P:1.3 Sensor positions shall follow the site survey approved by the Buyer before installation, with at least one sensor node in each low-lying block.
H:Section 2 Contract Price
P:2.1 At the Buyer's request all prices are in Chinese yuan (CNY). The Contract Price is CNY 960,000, fixed and inclusive of all taxes, duties, customs clearance, freight to Yichun, insurance, installation and training, as set out below:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Frost and leaf-wetness sensor node, solar powered|120|3,850|462,000
TB:2|LoRaWAN gateway with 4G backhaul|6|18,500|111,000
TB:3|Automatic weather station|2|46,000|92,000
TB:4|FrostGuard platform licence, perpetual, on-premises|1|128,000|128,000
TB:|Hardware and Licence Subtotal|||793,000
TB:5|Installation, survey and commissioning|1 lot|86,000|86,000
TB:6|Alert rules and controller integration|1 lot|64,000|64,000
TB:7|Training|1 lot|17,000|17,000
TB:|Contract Price|||960,000
P:2.2 No other charge is payable by the Buyer for the scope in Section 1.
H:Section 3 Payment
P:3.1 Advance: 10% of the Contract Price (CNY 96,000) within 15 days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 Installation: 55% of the Contract Price (CNY 528,000) within 15 days after the Installation Certificate. The Installation Certificate confirms that the equipment is installed and powered; it is not acceptance.
P:3.3 Final: 35% of the Contract Price (CNY 336,000) within 15 days after the Final Acceptance Certificate.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's farm in Yichun within 60 days after signature and complete installation within 25 days after delivery, so that the system is operating before 1 May 2026.
P:4.2 If the Supplier is late in delivery or installation, it shall pay the Buyer delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price. The Buyer may deduct the damages from any payment due.
P:4.3 The Buyer shall provide access to the plantations, a server room with power and network connection, and a person to accompany the Supplier's installers.
P:4.4 The Supplier is responsible for export from Bulgaria, shipping, import clearance in China and delivery to the farm. The equipment shall be packed for sea and road transport and for storage in unheated buildings, and each package shall be marked with the contract number and a packing list in Chinese and English.
P:4.5 All equipment installed outdoors shall be rated for operation between -40 °C and +50 °C and shall carry the radio type approval required in China for LoRaWAN devices. The Supplier shall provide the approval certificates before shipment.
H:Section 5 Acceptance
P:5.1 After installation the system shall run for a test period of 21 consecutive nights, which must include at least three nights with forecast air temperatures below 2 °C.
P:5.2 Acceptance criteria: (a) every sensor node reports at its configured interval, with no node missing more than two readings in any night; (b) sensor readings agree with a calibrated reference thermometer within ±0.3 °C at five test points chosen by the Buyer; (c) frost alerts reach the duty agronomist by SMS and in the WeChat work group within 2 minutes after the threshold set for the block is crossed; (d) the sprinkler and wind-machine controllers start automatically from a test alert in each block; (e) the documentation, network diagram and alert-rule list have been handed over.
P:5.3 When all criteria are met the Buyer shall issue a Final Acceptance Certificate within 7 days. Installation, operation during the test period or payment of any amount is not acceptance.
H:Section 6 Warranty
P:6.1 The warranty period is 36 months from the date of the Final Acceptance Certificate. During it the Supplier shall repair or replace defective equipment and correct software defects free of charge, including parts, labour and transport.
P:6.2 The Supplier shall keep spare sensor nodes and one spare gateway in Yichun during the warranty period.
H:Section 7 Support Levels
P:7.1 Severity 1 (alerts not delivered or the platform down during the frost season, 15 April to 15 June and 1 September to 15 October): response within 1 hour at any time, remote restoration within 3 hours, on-site attendance within 12 hours if needed.
P:7.2 Severity 2 (one gateway, weather station or block without data): response within 2 hours, repair within 2 days.
P:7.3 Severity 3 (single sensor node or other defects): repair at the next planned visit or within 10 days.
P:7.4 For each hour by which a Severity 1 response or restoration is late, the Supplier shall pay the Buyer CNY 1,000, which the Buyer may deduct from any amount due to the Supplier or claim directly.
H:Section 8 Support after the Warranty
P:8.1 After the warranty period the Supplier shall offer annual support covering the services in Sections 6 and 7 for a fee of 9% of the Hardware and Licence Subtotal per year (CNY 71,370). This fee is fixed for the first two support years and may afterwards be changed only by written agreement.
P:8.2 Support after the warranty is ordered year by year in writing; nothing in this Contract renews automatically.
H:Section 9 Intellectual Property
P:9.1 The alert rules, controller integration scripts, configuration files, site survey and network documentation prepared for the Buyer belong to the Buyer, which may use and modify them and have them modified by others.
P:9.2 The FrostGuard platform remains the property of its licensor; the Buyer's licence is perpetual and irrevocable.
H:Section 10 Data Protection and Security
P:10.1 All measurement data, alerts, field maps and operating records generated by the system belong to the Buyer and are stored on the Buyer's server. The Supplier shall use them only to perform this Contract.
P:10.2 The Supplier shall change all default passwords, enable encryption on the LoRaWAN network and the platform, obtain the Buyer's approval before each remote access session, and not copy the Buyer's data outside the Buyer's systems.
P:10.3 The Supplier shall report any security incident affecting the system or the Buyer's data within 12 hours, take remedial action, and is liable for losses caused to the Buyer by incidents attributable to it.
H:Section 11 Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's plantations, yields, prices and customers obtained under this Contract and shall not disclose it without the Buyer's written consent, during the Contract and for three years after it ends.
H:Section 12 Liability
P:12.1 The Supplier's total liability under this Contract is limited to one and a half times the Contract Price, except for personal injury, wilful misconduct, and breaches of Sections 10 and 11.
H:Section 13 Subcontracting
P:13.1 The Supplier may use a subcontractor only with the Buyer's prior written consent. The Supplier remains fully responsible for the work of any subcontractor.
H:Section 14 Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 20 days after notice, or if delay damages under Section 4.2 reach their maximum. The Supplier shall then refund the amounts paid for the undelivered part and compensate the Buyer's losses.
H:Section 15 Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be referred to the Harbin Arbitration Commission for arbitration in Harbin.
H:Section 16 Force Majeure
P:16.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided that it notifies the other party promptly and takes reasonable steps to limit the delay. If such an event prevents performance for more than 60 days, either party may end the Contract for the undelivered part.
H:Section 17 General
P:17.1 Notices shall be given in writing to the addresses above, by courier or by e-mail confirmed by courier.
P:17.2 The tender document, the Supplier's bid and the site survey are annexed to this Contract. In case of conflict this Contract prevails.
P:17.3 This Contract is made in English and Chinese in four originals, two for each party; both language versions have equal force.
P:For the Buyer: ____________________  Date: __________
P:For the Supplier: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# e04  Jinjiang umbrella maker: managed SD-WAN service; Belgian provider in Ypres
#      (md, numbered clauses with Schedules: priority and charges tables)
H348E04 = """# Managed SD-WAN Services Agreement

**Reference:** WLN-MSA-CN-2025-018

**Between**

**Westhoek Lijnnet BV**, a company registered in Belgium, with its registered office at Boterstraat 22, 8900 Ypres (Ieper), Belgium, acting in China through its service partner network ("**Provider**"), and

**Fujian Jinjiang Qingyu Umbrella Manufacturing Co., Ltd.**, a company registered in the People's Republic of China, with its registered office at 3 Yangguang Road, Anhai Town, Jinjiang, Fujian Province ("**Customer**").

**Background**

(A) Customer makes umbrellas and parasols at its factory in Anhai, stores finished goods in a warehouse in Jinjiang and sells through offices and showrooms in Xiamen, Quanzhou, Yiwu and Guangzhou. Its sites are connected by separate broadband lines with site-to-site VPNs that fail often during the export season.

(B) Provider operates a managed SD-WAN service from its network operations centre and has proposed to replace Customer's VPNs with that service. Customer has accepted Provider's proposal dated 2 September 2025.

**It is agreed as follows.**

## 1. Definitions

1.1 "**Service**" means the managed SD-WAN service described in clause 2 and Schedule 2.

1.2 "**Site**" means each Customer location listed in Schedule 2.

1.3 "**Service Commencement Date**" means the date of Customer's Network Acceptance Certificate under clause 4.

1.4 "**Charges**" means the monthly recurring charges and the one-time charge set out in Schedule 2.

1.5 "**Customer Data**" means Customer's network configurations, traffic statistics, flow logs, user lists and any other information of Customer that the Service carries, stores or generates.

## 2. The Service

2.1 Provider shall provide, install and manage SD-WAN edge appliances at each Site, two internet underlay lines per Site (one wired broadband line and one 5G backup), a cloud gateway for Customer's cloud ERP and e-mail, and monitoring and management from Provider's network operations centre twenty-four hours a day.

2.2 Provider shall design the network, configure application-based routing so that ERP, video conferencing and design-file transfers take priority, and set up a web portal giving Customer read access to Site status, bandwidth use and incident records.

2.3 Provider shall deliver a monthly service report showing availability per Site, incidents, response and restoration times and any service credits due.

2.4 The edge appliances remain Provider's property. Customer shall give Provider's engineers reasonable access to the Sites.

## 3. Term

3.1 The Initial Term is 36 months from the Service Commencement Date.

3.2 After the Initial Term the Agreement continues for successive Subscription Years at the same Charges and on the same terms, unless either party gives written notice of non-renewal at least 60 days before the end of the Initial Term or of the then current Subscription Year.

## 4. Installation and Acceptance

4.1 Provider shall install and configure the Service at all Sites within 45 days after signature of this Agreement.

4.2 Provider shall test each Site in the presence of Customer's IT staff. A Site passes when: (a) traffic fails over from the wired line to the 5G backup line and back within 3 seconds without dropping an ERP session; (b) application-based routing gives ERP and video traffic priority under a saturation test; (c) the Site is visible in the portal with correct alarms; and (d) the configuration of the Site is documented.

4.3 When all Sites have passed and the whole network has run for 5 consecutive days without a P1 incident, Customer shall sign a Network Acceptance Certificate. Installation or use of the Service at any Site before that is not acceptance.

4.4 If Provider fails to reach Network Acceptance within the period in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay, which Customer may deduct from the Charges.

## 5. Service Levels

5.1 Provider shall ensure that each Site's connection to the SD-WAN network is available at least 99.95% of each calendar month, excluding planned maintenance notified 5 days in advance and carried out between 00:00 and 06:00.

5.2 Provider shall respond to and restore incidents within the times in Schedule 1. Response means that a qualified engineer has started work on the incident and informed Customer.

5.3 If a Site's availability falls below the level in clause 5.1, Customer receives a service credit of 10% of that Site's monthly recurring charge for each full hour of additional downtime, up to the full monthly recurring charge of the Site. Late responses to P1 incidents earn a credit of CNY 500 per incident.

5.4 Service credits are deducted from the next monthly invoice.

## 6. Charges and Payment

6.1 At Customer's request the Charges are stated and invoiced in Chinese yuan (CNY). They are set out in Schedule 2 and are fixed for the Initial Term.

6.2 The one-time charge is invoiced after Network Acceptance. Monthly recurring charges are invoiced monthly in arrears from the Service Commencement Date. No charges are payable in advance.

6.3 Customer shall pay each undisputed invoice within 30 days. Chinese VAT is included in the Charges.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall use it only to provide the Service and the reports under clause 2.3.

7.2 Provider shall keep Customer Data on systems located in mainland China, protect it with access control, encryption and logging, allow access only to engineers who need it, and apply the security measures required by the PRC Cybersecurity Law and Data Security Law.

7.3 Provider shall notify Customer within 12 hours after becoming aware of any security incident affecting Customer Data or the Service, take immediate steps to contain it, and compensate Customer for the losses that the incident causes where it results from Provider's failure to comply with this clause 7.

7.4 On expiry or termination Provider shall return Customer's configurations and delete Customer Data from its systems within 30 days.

## 8. Intellectual Property

8.1 The network design, Site configurations and documentation prepared for Customer under this Agreement belong to Customer, which may use and modify them and give them to any other service provider.

8.2 Provider keeps its software, tools and know-how, and the edge appliances' firmware remains the property of its manufacturer.

## 9. Liability

9.1 Neither party is liable for loss of profit, loss of business or indirect loss.

9.2 Provider's total liability arising out of or in connection with this Agreement is limited to the Charges paid by Customer in the six months before the event giving rise to the claim. Service credits count towards this limit.

9.3 Clause 9.2 does not apply to death or personal injury caused by negligence, or to fraud.

## 10. Subcontracting

10.1 The underlay lines are provided by the licensed basic telecom operators named in Schedule 2, which Customer approves by signing this Agreement.

10.2 Provider shall not otherwise subcontract any part of the Service without Customer's prior written consent.

## 11. Termination

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

11.2 Customer may terminate this Agreement for any Site, or as a whole, if that Site's availability is below the level in clause 5.1 in three months of any six.

11.3 On termination Provider shall remove its appliances and help transfer the Service to Customer's new provider for up to 60 days at the Charges then applicable.

## 12. Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 13. General

13.1 Schedules 1 and 2 form part of this Agreement.

13.2 Any amendment must be in writing and signed by both parties.

## Schedule 1 — Incident Priorities

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| P1 | a Site or the cloud gateway completely down, or the factory Site running on backup for more than 2 hours | 15 minutes, at any time | 3 hours |
| P2 | one line down with the Site on its backup line, or serious degradation | 1 hour, at any time | 8 hours |
| P3 | minor faults, portal or report issues | next business day | 5 business days |
| Change request | configuration changes requested by Customer | 1 business day | as agreed |

## Schedule 2 — Sites and Charges

| Site | Underlay (operator) | Monthly recurring charge (CNY) |
|---|---|---|
| Anhai factory, Jinjiang | 500 Mbps China Telecom + 5G China Mobile | 9,800 |
| Finished-goods warehouse, Jinjiang | 200 Mbps China Unicom + 5G China Mobile | 4,200 |
| Sales office, Xiamen | 200 Mbps China Telecom + 5G China Unicom | 3,600 |
| Showroom, Quanzhou | 200 Mbps China Telecom + 5G China Mobile | 3,600 |
| Showroom, Yiwu | 200 Mbps China Unicom + 5G China Telecom | 3,600 |
| Sales office, Guangzhou | 200 Mbps China Telecom + 5G China Mobile | 3,600 |
| Cloud gateway (ERP and e-mail) | Provider's Shanghai point of presence | 5,400 |
| Network operations centre management | all Sites | 2,200 |
| **Total monthly recurring charge** | | **36,000** |

One-time installation and configuration charge: **CNY 58,000**.

Total Charges for the Initial Term: 36 × CNY 36,000 + CNY 58,000 = **CNY 1,354,000**.

**Signed for Provider:** ____________________ Name and title: ____________________ Date: __________

**Signed for Customer:** ____________________ Name and title: ____________________ Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# e05  Shijiazhuang insurer: vehicle-accident record API subscription; Austrian vendor in Zwettl
#      (txt, upper-case headings, a Schedule)
H348E05 = """DATA SERVICES SUBSCRIPTION AGREEMENT
VEHICLE HISTORY API

Agreement No. WVD-CN-2025-004

THIS AGREEMENT is made between:

WALDVIERTEL VEHICLE DATA GMBH, a company registered in Austria, with its registered office at Landstrasse 18, 3910 Zwettl, Austria ("Vendor"); and

HEBEI TAIHANG PROPERTY AND CASUALTY INSURANCE CO., LTD., a company registered in the People's Republic of China, with its registered office at 127 Zhongshan West Road, Qiaoxi District, Shijiazhuang, Hebei Province ("Customer").

BACKGROUND

A. Customer underwrites motor insurance in Hebei and neighbouring provinces, including a growing number of vehicles imported from Europe as new or parallel-import cars.

B. Vendor compiles accident, damage, mileage and theft records for vehicles registered in the European Union and the European Free Trade Association from insurers, repairers, auction houses and registration authorities, and makes them available through an application programming interface (the "API").

C. Customer wishes to query the API by vehicle identification number (VIN) when quoting, renewing and settling claims for imported vehicles, and Vendor has agreed to provide the service on the terms below.

1. DEFINITIONS

1.1 "Service" means access to the API and the vehicle history reports it returns, the test environment, the documentation and support described in this Agreement and the Schedule.

1.2 "Query" means one request to the API for the history of one VIN.

1.3 "Customer Data" means all information that Customer or its systems send to the Service, including VINs, policy and claim reference numbers and query logs, and the reports returned to Customer.

1.4 "Subscription Year" means each successive period starting on the Service Start Date or one of its anniversaries and ending on the day before the next anniversary.

1.5 "Service Start Date" means the date of the Integration Acceptance Certificate under clause 4.

2. THE SERVICE

2.1 Vendor shall give Customer access to the API from Customer's core insurance system and its claims system, in the production and test environments, for the Subscription Term.

2.2 Each report returns, where records exist: first registration date and country, recorded accidents with estimated repair cost bands, total-loss and salvage records, odometer readings, theft records and the date of export from Europe.

2.3 Vendor shall keep the API documentation up to date and give Customer at least 90 days' notice of any change to the API that is not backward compatible.

2.4 Customer may submit up to 60,000 Queries in each Subscription Year within the subscription fee. Queries above that number are charged as set out in the Schedule.

3. SUBSCRIPTION TERM AND RENEWAL

3.1 The Subscription Term is three Subscription Years starting on the Service Start Date.

3.2 The Agreement ends at the end of the Subscription Term and does not renew automatically. Any extension requires a written amendment signed by both parties.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall provide the test environment within 10 days after signature and support Customer's integration, including an adapter that maps the report fields to Customer's underwriting and claims data model.

4.2 Integration acceptance tests: (a) the API returns correct reports for the 200 test VINs in Customer's test set, checked against the reference results agreed by the parties; (b) 95 out of every 100 Queries in a load test at 20 Queries per second are answered within 800 milliseconds measured at Customer's gateway; (c) all fields are mapped correctly into Customer's systems; (d) error codes and empty results are handled as documented.

4.3 When the tests are passed, Customer shall sign an Integration Acceptance Certificate. Use of the test environment or of production access before signature does not count as acceptance.

4.4 If the Service is not ready for the acceptance tests within 50 days after signature for reasons attributable to Vendor, Vendor shall pay Customer CNY 500 for each day of delay.

5. SERVICE LEVELS

5.1 The production API shall be available at least 99.98% of each calendar month, excluding scheduled maintenance announced 7 days in advance and performed between 19:00 and 23:00 Central European Time.

5.2 Incidents are classified and handled as follows:
    Priority 1 - the production API unavailable or returning errors for most Queries: response within 30 minutes, restoration within 2 hours, at any time.
    Priority 2 - slow responses, or errors for some vehicle makes or countries: response within 2 hours, restoration within 1 business day.
    Priority 3 - documentation, reporting and other issues: response within 1 business day.

5.3 If availability in a month is below the level in clause 5.1, Customer receives a credit of 5% of the monthly share of the subscription fee for each full 0.1 percentage point of shortfall, up to half of the monthly share. A Priority 1 response more than 30 minutes late earns a further credit of CNY 800. Credits are set off against the next invoice.

6. FEES AND PAYMENT

6.1 At Customer's request the fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule.

6.2 The subscription fee is invoiced quarterly in advance, the first quarter on the Service Start Date. The integration fee is invoiced after the Integration Acceptance Certificate has been signed. No fee is payable before the Service Start Date.

6.3 Customer shall pay each correct invoice within 30 days. Vendor bears all Austrian taxes; Chinese withholding tax, if any, is deducted from the payment.

7. CUSTOMER DATA

7.1 Customer Data belongs to Customer. Vendor shall process it only to provide the Service to Customer and shall not use it to build or enrich its own database, to profile Customer's business, or for any other purpose.

7.2 Customer will send only VINs and Customer's own reference numbers to the Service, and no personal information of policyholders or claimants.

7.3 Vendor shall delete query logs that identify Customer's reference numbers within 90 days after each Query, except where Customer asks for longer retention for audit.

8. DATA SECURITY

8.1 Vendor shall protect the Service and Customer Data with measures consistent with ISO/IEC 27001, including TLS encryption for all API traffic, mutual certificate authentication, IP allow-listing of Customer's gateways, encrypted storage, access restricted to named staff and audit logging.

8.2 Vendor shall notify Customer within 24 hours after becoming aware of any security incident affecting Customer Data or Customer's credentials, take immediate containment measures, and compensate Customer for losses caused by an incident attributable to Vendor.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information received in connection with this Agreement, including Customer's query volumes and business information and Vendor's pricing and technical documentation, and use it only for this Agreement.

9.2 This obligation survives for three years after the end of this Agreement.

10. INTELLECTUAL PROPERTY

10.1 Vendor owns its database and the API. Customer may store reports in its underwriting and claim files and use them for its own business without time limit.

10.2 The field-mapping adapter and other deliverables developed for Customer under clause 4.1 belong to Customer, which may use, modify and license them freely. Vendor shall deliver their source code.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss or loss of profit.

11.2 Each party's total liability under this Agreement is limited to twice the total fees payable for the Subscription Term. The limit does not apply to breaches of clauses 7, 8 and 9, to fraud or to wilful misconduct.

12. SUBCONTRACTING

12.1 Vendor shall not subcontract any part of the Service, including hosting, without Customer's prior written consent. Vendor's current hosting provider in Austria is approved.

13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice.

13.2 Customer may terminate this Agreement if availability is below the level in clause 5.1 in two consecutive months. Vendor shall then refund the fees paid for the period after termination.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of Austria, excluding its conflict-of-law rules and the UN Convention on Contracts for the International Sale of Goods.

14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled under the Rules of Arbitration of the Vienna International Arbitral Centre by one arbitrator. The place of arbitration is Vienna and the language is English.

15. GENERAL

15.1 Notices shall be given in writing by e-mail and courier to the addresses above.

15.2 Neither party may assign this Agreement without the other party's written consent.

15.3 This Agreement, including the Schedule, is the entire agreement between the parties on its subject and replaces all earlier proposals and correspondence.

15.4 The Agreement is made in English. Each party has received a signed original and a Chinese translation for reference.

SCHEDULE - FEES

    Subscription fee, first Subscription Year ............ CNY 186,000
    Subscription fee, second Subscription Year ........... CNY 186,000
    Subscription fee, third Subscription Year ............ CNY 186,000
    Integration support and field-mapping adapter ........ CNY 36,000
    TOTAL FEES FOR THE SUBSCRIPTION TERM ................. CNY 594,000

    Queries above 60,000 in a Subscription Year: CNY 2.40 per Query, invoiced quarterly in arrears (not included in the total).

SIGNED for Vendor: ____________________   Name: ____________________   Date: __________

SIGNED for Customer: ____________________   Name: ____________________   Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
# files, formats, labels
TARGETS = {
    "h348z01": ("h348z01_market_regulator_online_trade_monitoring_platform.pdf", "pdf", H348Z01),
    "h348z02": ("h348z02_glassworks_is_machine_control_retrofit.docx", "docx", H348Z02),
    "h348z03": ("h348z03_pharmacy_chain_inventory_member_saas.txt", "txt", H348Z03),
    "h348z04": ("h348z04_transport_bureau_transit_card_clearing_om.txt", "txt", H348Z04),
    "h348z05": ("h348z05_yuba_factory_traceability_supplier_template.md", "md", H348Z05),
    "h348e01": ("h348e01_jade_studio_modelling_perpetual_licences.pdf", "pdf", H348E01),
    "h348e02": ("h348e02_cycling_tours_booking_saas_order_form.md", "md", H348E02),
    "h348e03": ("h348e03_blueberry_farm_frost_sensors_buyer_paper.docx", "docx", H348E03),
    "h348e04": ("h348e04_umbrella_maker_managed_sdwan.md", "md", H348E04),
    "h348e05": ("h348e05_insurer_vehicle_history_api_subscription.txt", "txt", H348E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]


def terms(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True,
                final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None,
                auto_renewal_price_increase=False, termination_for_breach=True, subcontract_without_consent=False,
                governing_law="PRC", contract_kind="service")
    for k in kw:
        assert k in base, k
    base.update(kw)
    return {k: base[k] for k in TERM_KEYS}


# price and payment sums (asserted) ------------------------------------------------------------------------------
Z01_V = 1_260_000 + 316_000 + 874_000 + 148_000 + 42_000
assert Z01_V == 2_640_000 and 1_260_000 + 316_000 == 1_576_000
assert (528_000, 1_188_000, 924_000) == (Z01_V * 20 // 100, Z01_V * 45 // 100, Z01_V * 35 // 100)
assert sum((528_000, 1_188_000, 924_000)) == Z01_V and 1_576_000 * 8 // 100 == 126_080
Z02_HW = 8 * 168_000 + 8 * 57_500 + 2 * 96_000 + 178_000
Z02_V = Z02_HW + 236_000 + 58_000
assert Z02_HW == 2_174_000 and Z02_V == 2_468_000
assert (493_600, 1_234_000, 617_000, 123_400) == tuple(Z02_V * p // 100 for p in (20, 50, 25, 5))
assert 493_600 + 1_234_000 + 617_000 + 123_400 == Z02_V
Z03_YEAR = 110 * 3_600 + 48_000
Z03_V = 3 * Z03_YEAR + 186_000
assert Z03_YEAR == 444_000 and 110 * 3_600 == 396_000 and Z03_V == 1_518_000
Z04_V = 540_000 + 312_000 + 68_000 + 48_000
assert Z04_V == 968_000 and 4 * 242_000 == Z04_V
Z05_LIC = 368_000
Z05_V = Z05_LIC + 84_000 + 34_000
assert Z05_V == 486_000 and Z05_V // 2 == 243_000 and Z05_LIC * 25 // 100 == 92_000
E01_LIC = 8 * 46_500 + 2 * 38_000
E01_V = E01_LIC + 46_000 + 32_000 + 24_000
assert E01_LIC == 448_000 and E01_V == 550_000 and E01_LIC * 14 // 100 == 62_720
assert (110_000, 302_500, 137_500) == tuple(E01_V * p // 100 for p in (20, 55, 25)) and 110_000 + 302_500 + 137_500 == E01_V
E02_V = 2 * 168_000 + 42_000 + 26_000
E02_ADV = 168_000 + 42_000 + 26_000
assert E02_V == 404_000 and E02_ADV == 236_000
E03_HW = 120 * 3_850 + 6 * 18_500 + 2 * 46_000 + 128_000
E03_V = E03_HW + 86_000 + 64_000 + 17_000
assert E03_HW == 793_000 and E03_V == 960_000 and E03_HW * 9 // 100 == 71_370
assert (96_000, 528_000, 336_000) == tuple(E03_V * p // 100 for p in (10, 55, 35)) and 96_000 + 528_000 + 336_000 == E03_V
E04_MRC = 9_800 + 4_200 + 4 * 3_600 + 5_400 + 2_200
E04_V = 36 * E04_MRC + 58_000
assert E04_MRC == 36_000 and E04_V == 1_354_000
E05_V = 3 * 186_000 + 36_000
assert E05_V == 594_000

# labels: (terms, extra, fee base for TCO or None, forum outside mainland, hand-written expected rules) -------------
LABELS = {
    "h348z01": dict(category="software", terms=terms(
        availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
        contract_kind="goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                   acceptance_deemed_on_delivery=False, contract_value=Z01_V),
        fee_base=1_576_000, forum_outside=False, rules=[]),
    "h348z02": dict(category="hardware", terms=terms(
        p1_response_hours=0.5, data_security_clause=False, ld_rate_per_day_pct=0.08, prepayment_pct=20,
        final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=None,
        termination_for_breach=False, contract_kind="goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                   acceptance_deemed_on_delivery=False, contract_value=Z02_V),
        fee_base=Z02_HW, forum_outside=False,
        rules=["CR-DATA-SECURITY", "CR-POST-WARRANTY-FEE", "CR-TERMINATION"]),
    "h348z03": dict(category="cloud", terms=terms(
        availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False,
        ld_rate_per_day_pct=1_200 / Z03_V * 100, liability_cap_pct=150, auto_renewal_price_increase=True),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z03_V),
        fee_base=None, forum_outside=False,
        rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"]),
    "h348z04": dict(category="services", terms=terms(
        p1_response_hours=6, ld_rate_per_day_pct=600 / Z04_V * 100, liability_cap_pct=50),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=Z04_V),
        fee_base=None, forum_outside=False, rules=["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"]),
    "h348z05": dict(category="software", terms=terms(
        p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
        ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=50, acceptance_clause=False,
        final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=25,
        subcontract_without_consent=None, contract_kind="goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                   acceptance_deemed_on_delivery=True, contract_value=Z05_V),
        fee_base=Z05_LIC, forum_outside=False,
        rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
               "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
               "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "h348e01": dict(category="software", terms=terms(
        sla_remedy=False, liability_cap_pct=200, prepayment_pct=20, final_payment_on_acceptance=True,
        warranty_months=18, post_warranty_fee_pct=14, contract_kind="goods_or_licence"),
        extra=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True,
                   acceptance_deemed_on_delivery=False, contract_value=E01_V),
        fee_base=E01_LIC, forum_outside=False, rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "h348e02": dict(category="cloud", terms=terms(
        availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=300 / E02_V * 100,
        liability_cap_pct=150, prepayment_pct=E02_ADV / E02_V * 100, subcontract_without_consent=True,
        governing_law="Romania"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E02_V),
        fee_base=None, forum_outside=True, rules=["CR-GOVERNING-LAW", "CR-PREPAYMENT", "CR-SUBCONTRACT"]),
    "h348e03": dict(category="hardware", terms=terms(
        p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=10,
        final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=9,
        contract_kind="goods_or_licence"),
        extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                   acceptance_deemed_on_delivery=False, contract_value=E03_V),
        fee_base=E03_HW, forum_outside=False, rules=[]),
    "h348e04": dict(category="services", terms=terms(
        availability_pct=99.95, p1_response_hours=0.25, confidentiality=False,
        ld_rate_per_day_pct=1_000 / E04_V * 100, liability_cap_pct=6 / 36 * 100),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E04_V),
        fee_base=None, forum_outside=False, rules=["CR-CONFIDENTIALITY", "CR-LIABILITY-CAP"]),
    "h348e05": dict(category="cloud", terms=terms(
        availability_pct=99.98, p1_response_hours=0.5, ld_rate_per_day_pct=500 / E05_V * 100,
        liability_cap_pct=200, governing_law="Austria"),
        extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=E05_V),
        fee_base=None, forum_outside=True, rules=["CR-GOVERNING-LAW"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco(lab):
    """policy §4: horizon 5 years from acceptance; purchase + implementation = contract value; post-warranty years =
    horizon - warranty years (pro rata); fee base = itemised licence/hardware subtotal. None when not computable."""
    t, e = lab["terms"], lab["extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * lab["fee_base"] * years
    total = e["contract_value"] + fees
    return total, fees / total * 100


def derive_rules(lab):
    """policy.md §3 table and readings, applied to my own labels (not project code)."""
    t, e = lab["terms"], lab["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = []
    if not e["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if e["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not e["ld_stated"]:
        r.append("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or e["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.append("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not e["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.append("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or lab["forum_outside"]:
        r.append("CR-GOVERNING-LAW")
    tc = tco(lab)
    if tc is not None and tc[1] > 40:
        r.append("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    if any(x in HIGH for x in rules):
        return "high"
    if any(x not in LOW for x in rules):
        return "medium"
    return "low"


def check_off_thresholds(key, lab):
    t = lab["terms"]
    tol = 1e-6
    for field, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
        v = t[field]
        assert v is None or abs(v - thr) > tol, (key, field, v)
    tc = tco(lab)
    assert tc is None or abs(tc[1] - 40) > tol, (key, "tco share", tc)
    assert t["p1_response_hours"] is None or abs(t["p1_response_hours"] * 60 - 240) > tol


# threshold figures in the texts ------------------------------------------------------------------------------------
def zh(s):
    return r"\s*".join(re.escape(c) for c in s)


PCT = r"\s*(?:%|％|per\s*cent|percent)"
ZN = "零〇一二三四五六七八九十百"
FORBIDDEN = {
    "availability 99.9": [r"(?<![\d.])99\.90*(?!\d)", zh("百分之九十九点九") + r"(?![一二三四五六七八九])"],
    "P1 4 hours": [r"(?<![\d.])4\s*-?\s*(?:business\s+|working\s+|clock\s+)?(?:hours?|hrs?|h)\b",
                   r"(?<![\d.])4\s*个?\s*(?:工\s*作\s*)?小\s*时",
                   r"(?<![" + ZN + r"])四\s*个?\s*(?:工\s*作\s*)?小\s*时",
                   r"(?i)(?<!twenty-)(?<!twenty )\bfour[\s-]+(?:\(4\)\s*)?(?:business\s+|working\s+|clock\s+)?hours?\b",
                   r"(?<![\d.])240\s*(?:minutes?|mins?|分\s*钟)", zh("二百四十分钟")],
    "delay 0.05 %": [r"(?<![\d.])0?\.050*" + PCT, zh("万分之五") + r"(?![十点])", zh("百分之零点零五"),
                     r"(?<![\d.])0?\.50*\s*‰", zh("千分之零点五")],
    "cap 100 %": [r"(?<![\d.])100(?:\.0+)?" + PCT, zh("百分之百"), zh("百分之一百"),
                  r"(?i)\bone\s+hundred\s+per\s*cent", r"(?i)\bhundred\s+percent"],
    "prepayment 30 %": [r"(?<![\d.])30(?:\.0+)?" + PCT, zh("百分之三十") + r"(?![一二三四五六七八九点])",
                        r"(?<![" + ZN + r"])三\s*成(?![本员])", r"(?i)\bthirty\s+per\s*cent"],
    "TCO 40 %": [r"(?<![\d.])40(?:\.0+)?" + PCT, zh("百分之四十") + r"(?![一二三四五六七八九点])",
                 r"(?<![" + ZN + r"])四\s*成(?![本员])", r"(?i)\bforty\s+per\s*cent"],
    "post-warranty 15 %": [r"(?<![\d.])15(?:\.0+)?" + PCT, zh("百分之十五") + r"(?![点])",
                           r"(?i)\bfifteen\s+per\s*cent"],
    "warranty 12 months": [r"(?i)(?<![\d.])12\s*-?\s*(?:calendar\s+)?months?\b", r"(?<![\d.])12\s*个\s*(?:自\s*然\s*)?月",
                           r"(?<![" + ZN + r"])十\s*二\s*个\s*(?:自\s*然\s*)?月", r"(?i)\btwelve[\s-]+(?:\(12\)\s*)?months?\b",
                           r"(?i)\bone[\s-]+years?\b", r"(?i)(?<![\d.])1\s*-?\s*years?\b", r"(?<![十百])一\s*年",
                           r"(?i)\ba\s+year\b"],
    "horizon 5 years": [r"(?i)(?<![\d.])5\s*-?\s*years?\b", r"(?<![\d.])5\s*个?\s*年", r"(?<![" + ZN + r"])五\s*年",
                        r"(?i)\bfive[\s-]+(?:\(5\)\s*)?years?\b", r"(?i)(?<![\d.])60\s*-?\s*months?\b",
                        r"(?<![\d.])60\s*个\s*月", r"(?<![" + ZN + r"])六\s*十\s*个\s*月", r"(?i)\bsixty[\s-]+(?:\(60\)\s*)?months?\b"],
}
MUST_HIT = ["4小时", "四小时", "4个小时", "4 hours", "four hours", "four-hour", "240 minutes", "99.9%", "99.90 %",
            "0.05%", "0.05 per cent", "万分之五", "100%", "百分之百", "100 percent", "30%", "百分之三十", "三成",
            "thirty per cent", "40%", "百分之四十", "15%", "百分之十五", "12个月", "十二个月", "12 months", "12-month",
            "twelve months", "one year", "一年", "第一年", "1 year", "5 years", "五年", "5年", "five-year", "60个月",
            "60 months", "六十个月", "四 小时", "十二 个月"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "14小时", "99.95%", "99.98%", "99.5%", "115%", "0.15%", "0.5%",
                "150%", "300%", "130%", "45%", "35%", "四十二个月", "二十二个月", "2025年", "2026年", "12月31日",
                "十五年", "一个服务年度", "三个服务年度", "4G backhaul", "14% of", "18 months", "36 months", "24 months",
                "1.5倍", "0.1 percentage point", "twenty-four hours", "twenty four hours", "15 days", "30 days", "40 days", "构成", "每一批"]


def hits(text):
    out = []
    for name, pats in FORBIDDEN.items():
        for p in pats:
            for m in re.finditer(p, text):
                out.append((name, m.group(0)))
    return out


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("regex misses", s)
    for s in MUST_NOT_HIT:
        assert not hits(s), ("regex false hit", s, hits(s))


# read back -----------------------------------------------------------------------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    built = {k: (name, kind) for k, (name, kind, _) in TARGETS.items() if kind in ("docx", "pdf")}
    write({k: TARGETS[k][2] for k in built}, built, OUT, wrap_words=True)
    for key, (name, kind, src) in TARGETS.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(src.lstrip("\n"), encoding="utf-8")
            print("wrote", name)

    fired = set()
    problems = []
    print()
    for key, (name, kind, src) in TARGETS.items():
        lab = LABELS[key]
        lang = "zh" if key[4] == "z" else "en"
        text = read_back(OUT / name)
        if lang == "zh":
            n = len(text)
            ok = 2800 <= n <= 3300
            size = "%d chars" % n
        else:
            n = len(text.split())
            ok = 1500 <= n <= 1700
            size = "%d words" % n
        if not ok:
            problems.append("%s length %s" % (name, size))
        norm = re.sub(r"\s+", " ", text)
        for variant in (text, norm, src):
            for h in hits(variant):
                problems.append("%s threshold figure %s: %r" % (name, h[0], h[1]))
        check_off_thresholds(key, lab)
        rules = derive_rules(lab)
        if rules != sorted(lab["rules"]):
            problems.append("%s derived %s != hand %s" % (key, rules, sorted(lab["rules"])))
        fired.update(rules)
        label = {"file": name, "language": lang, "category": lab["category"], "expected_terms": lab["terms"],
                 "expected_extra": lab["extra"], "expected_rules": rules}
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(label, indent=1, ensure_ascii=False), encoding="utf-8")
        tc = tco(lab)
        tcs = "" if tc is None else "  TCO %.0f, post-warranty share %.2f %%" % tc
        print("%-64s %-10s %-6s %s%s" % (name, size, risk(rules), ", ".join(r[3:] for r in rules) or "(none)", tcs))
    missing = [r for r in ALL_RULES if r not in fired]
    if missing:
        problems.append("rules never fired: %s" % missing)
    print()
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("all checks passed; every one of the 20 CR rules fires at least once")


if __name__ == "__main__":
    main()
