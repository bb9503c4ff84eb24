"""holdout709: builds the ten blind held-out draft contracts and their .json labels, then checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
- .txt / .md files are written from the strings below; .docx / .pdf from markup via ../word_pdf.py
  (T: title, H: heading, P: paragraph, TB: table row), PDFs broken at word boundaries (wrap_words=True).
- Labels (.json) are written from LABELS below, one-space indent, no trailing newline (as holdout19).
- Checks: price sums, lengths as read back, no value on a policy threshold (labels + regex scan of the built
  files, raw / whitespace-collapsed / whitespace-free), rules derived from the labels with this folder's reading of
  policy §3 equal to the design list, every CR rule covered, risk levels.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
H709Z01 = """T:旅游集散中心票务与调度平台建设项目合同
P:合同编号：QCLY-ZC-2026-017
P:采购人（甲方）：琴川市旅游集散中心
P:供应商（乙方）：杭州云程信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、本项目公开招标文件（项目编号QCZC2026-0381）、乙方投标文件及中标通知书，甲乙双方就琴川市旅游集散中心票务与调度平台建设项目订立本合同，共同遵守。招标文件、投标文件、中标通知书及附件均为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供旅游集散中心票务与调度平台软件的永久使用许可，平台包括线上售票、窗口售票、自助机售票、检票核销、班线调度、车辆与驾驶员管理、客流统计七个子系统，许可范围为甲方本部及其下属三个集散分站，不限用户数和终端数。
P:1.2 乙方按甲方需求完成定制开发，包括：与市文旅一码通平台的票务接口、与公交集团车辆定位系统的调度接口、节假日客流预警模型、面向旅行社的团队票预订与结算模块。
P:1.3 乙方负责平台的安装部署、基础数据初始化、历史售票数据迁移、与甲方财务系统的对账接口联调，以及售票员、调度员和系统管理员的培训。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾叁万元整（¥2,130,000），其中：平台软件许可费¥1,120,000；定制开发费¥846,000；实施部署费¥138,000；培训费¥26,000。
P:2.2 合同总价为固定价格，已包含乙方完成本项目所需的人工、差旅、第三方测评配合及全部税费，甲方不再另行支付任何费用。
H:第三条 付款方式
P:3.1 合同生效且乙方向甲方提交等额预付款保函后十五个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后十五个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后十五个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应向甲方开具等额增值税发票。甲方资金为财政性资金，按国库集中支付的程序办理付款。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后九十日内完成平台部署和全部定制开发，并向甲方提交初步验收申请。
P:4.2 初步验收合格后平台进入试运行，试运行期为六十日，试运行期满后十日内乙方提交最终验收申请。
P:4.3 乙方应向甲方提交项目实施方案、周报和阶段成果，并配合甲方组织的需求评审和进度检查。乙方项目经理实施期间不得擅自更换，确需更换的应提前征得甲方书面同意，且继任人员的资历不得低于投标文件承诺。
H:第五条 验收
P:5.1 初步验收标准：需求规格说明书所列功能全部实现；售票峰值处理能力不低于每分钟3,000笔，单笔出票响应时间不超过2秒；与一码通、车辆定位及财务系统的接口连续七日对账无差错；第三方软件测评机构出具合格的功能与性能测试报告及安全测评报告。
P:5.2 最终验收标准：试运行期间未发生一级故障，二级故障不超过三次且均按时处理完毕；甲方售票、调度两个业务部门书面确认；乙方已提交全部技术文档、定制部分源代码、操作手册和运维手册。
P:5.3 平台上线试运行、甲方使用平台或支付部分款项，均不视为甲方已验收合格。验收不合格的，乙方应在十五日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质保与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持，并在五一、国庆、春节等客流高峰前安排专人驻场保障。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥89,600），且自质保期满之日起三年内不上调。具体服务内容由双方另行签订维护合同。
H:第七条 服务水平
P:7.1 质保期内平台月度可用率不低于99.95%，经甲方同意并提前三日通知的计划内维护时间除外。
P:7.2 故障分级及响应要求：一级故障（售票或调度功能整体不可用）乙方应在30分钟内响应、2小时内到达现场、6小时内恢复；二级故障（部分功能不可用或性能明显下降）1小时内响应、8小时内恢复；三级故障（一般问题及咨询）1个工作日内响应。
P:7.3 乙方未达到前款要求的，一级故障每迟延一小时扣减¥1,500，月度可用率每低于承诺值0.01个百分点扣减¥2,000，相关款项从履约保证金或应付款项中扣除。
H:第八条 知识产权
P:8.1 平台标准产品的知识产权仍归乙方所有，甲方在许可范围内永久使用。
P:8.2 本合同项下定制开发的接口程序、预警模型、团队票模块及其源代码和技术文档的知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.3 乙方保证交付成果不侵犯任何第三方的合法权利，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台产生和存储的售票、游客身份、车辆调度等全部数据归甲方所有，乙方不得将其用于履行本合同以外的任何目的。
P:9.2 乙方应按网络安全等级保护第三级要求部署平台，落实身份鉴别、访问控制、加密存储与传输、日志审计等措施；乙方运维人员须经甲方授权并通过堡垒机访问平台，不得将任何数据拷贝出甲方环境。平台服务器部署在甲方指定的政务云环境内。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任及由此产生的行政处罚。
H:第十条 保密
P:10.1 双方对在履行本合同过程中知悉的对方商业秘密、技术资料及游客个人信息负有保密义务，未经对方书面同意不得向任何第三方披露。本条义务在合同终止后五年内继续有效。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定的期限提交初步验收申请的，每逾期一日，按合同总价的万分之三向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 乙方交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方因此遭受的损失。
P:11.3 甲方无正当理由逾期付款的，按逾期付款当日全国银行间同业拆借中心公布的一年期贷款市场报价利率向乙方支付利息。
H:第十二条 分包
P:12.1 乙方不得转包本项目。乙方可将综合布线、自助售票机安装等非主体工作分包给具备相应资质的单位，但应在分包前五个工作日书面告知甲方，并对分包方的工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权书面通知解除本合同，并要求乙方赔偿损失。
P:13.2 因不可抗力致使合同目的无法实现的，任何一方均可书面通知解除本合同。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的或与本合同有关的争议，双方应协商解决；协商不成的，任何一方均可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效。本合同一式六份，甲方四份，乙方二份，具有同等法律效力。
P:15.2 附件：需求规格说明书、分项报价表、项目实施计划。
P:甲方（盖章）：____________        乙方（盖章）：____________
P:签订日期：2026年    月    日
"""

# ---------------------------------------------------------------- z02 (docx, 第X条, Word price table)
H709Z02 = """T:鼓腔成型与蒙皮张紧生产线控制系统改造及维保合同
P:合同编号：WFLG-GZ-2026-009
P:甲方：襄汾县威风锣鼓厂
P:乙方：太原晋控自动化工程有限公司
P:甲方鼓腔拼板成型线及蒙皮张紧工位的控制系统使用已逾十年，故障频繁，鼓面张力和音高一致性难以保证。经比选，甲方委托乙方实施控制系统改造并提供质保期满后的维保服务。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:第一条 改造范围
P:1.1 鼓腔拼板成型线：更换PLC控制系统，改造拼板、胶合、定型三个工位的温控与压力控制回路，保留原有机械结构。乙方负责旧控制柜和线缆的拆除，拆除物资归甲方所有，按甲方指定地点堆放。
P:1.2 蒙皮张紧工位：新建六套伺服张紧控制柜，实现牛皮鼓面分区张紧、张力曲线记录及自动保压。
P:1.3 在线检测：在张紧工位加装张力传感器及鼓面音高检测装置，检测结果实时上传生产管控软件。
P:1.4 生产管控软件：提供永久使用许可，实现工单下达、工艺参数下发、批次追溯、质量统计及设备状态监视。
P:1.5 工艺参数定制开发：按甲方各型号堂鼓、大鼓、威风锣鼓的工艺卡，开发张紧曲线及配方管理程序。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰玖拾捌万元整（¥1,980,000），含税，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|鼓腔成型线PLC控制系统改造|1套|356,000|356,000
TB:2|蒙皮伺服张紧控制柜|6套|118,000|708,000
TB:3|张力传感器及音高在线检测装置|24套|9,500|228,000
TB:4|工控机及HMI触摸屏|4台|32,000|128,000
TB:5|生产管控软件许可（永久）|1套|264,000|264,000
TB:—|软硬件小计|—|—|1,684,000
TB:6|安装调试及旧系统拆除|1项|156,000|156,000
TB:7|工艺参数定制开发|1项|118,000|118,000
TB:8|操作与维护培训|1项|22,000|22,000
TB:—|合同总价|—|—|1,980,000
P:2.2 上述价格包含设备、软件、运输、保险、安装、调试、培训及税费，为固定价格。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的10%作为预付款。
P:3.2 全部设备到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量及外观，不视为质量验收。
P:3.3 系统通过最终验收后十五个工作日内，甲方支付合同总价的45%。
P:3.4 余款即合同总价的10%作为质量保证金，质保期满且无未决质量问题后十个工作日内无息支付。
H:第四条 工期
P:4.1 乙方应在合同生效后七十五日内完成全部设备到货，并利用甲方春节前后的停产检修窗口完成安装调试，停线时间合计不超过二十日。
P:4.2 乙方应提前提交停线改造方案，经甲方生产部确认后实施，不得影响未改造工位的正常生产。
P:4.3 乙方施工人员应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业许可；因乙方施工造成人身伤害或财产损失的，由乙方负责。
P:4.4 乙方应为甲方操作工、设备维修工各安排不少于三天的现场培训，内容包括张紧曲线调整、配方管理、常见报警处理及日常点检，培训结束后提交培训记录和考核结果。
H:第五条 验收
P:5.1 验收标准：六套张紧控制柜张力控制偏差不超过设定值的±2%；同一型号鼓面音高偏差在±3音分以内的合格率不低于98%；成型线温控偏差不超过±1.5℃；生产管控软件的工单、追溯、统计功能全部实现，批次数据与检测记录一致；系统连续带料运行三十日无一级故障。
P:5.2 验收由甲方组织，乙方提交调试记录、试运行报告及竣工资料。设备安装完成、投入试生产或甲方支付到货款，均不视为验收合格。验收不合格的，乙方应在十日内整改后重新验收。
P:5.3 乙方交付的竣工资料应包括电气原理图、接线图、PLC及HMI程序备份、软件安装介质、参数清单、备品备件清单和操作维护手册，资料不全的不予组织验收。
H:第六条 质保与维保
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换有缺陷的设备及部件，并免费提供软件缺陷修复和升级。
P:6.2 质保期满后，乙方提供年度维保服务，年度维保费为软硬件小计的6%，即每年¥101,040，质保期满后前三年不调整，由双方逐年签订维保订单。
P:6.3 质保期及维保期内的服务水平如下：
TB:故障级别|情形|响应时间|到场时间|修复时间
TB:一级|整线停机或张紧控制失效|30分钟|3小时|8小时
TB:二级|单个工位停机或检测数据中断|1小时|6小时|24小时
TB:三级|一般问题或操作咨询|2小时|下一工作日|72小时
P:6.4 生产管控软件的月度可用率不低于99.5%。可用率每低于承诺值0.1个百分点，乙方向甲方支付¥2,000；一级故障响应或修复每迟延一小时，乙方支付¥800，从质量保证金或维保费中扣除。
P:6.5 乙方应在甲方厂区常备张力传感器、伺服驱动器等关键备件，备件清单见附件；质保期内每季度安排一次现场巡检并提交巡检报告。
H:第七条 知识产权
P:7.1 生产管控软件及设备内置程序的知识产权归原权利人所有，甲方享有永久使用权。
P:7.2 工艺参数定制开发形成的张紧曲线、配方管理程序、PLC程序及其源代码归甲方所有，甲方可自行修改或交由第三方维护。
H:第八条 数据安全与保密
P:8.1 生产管控软件中的工艺参数、批次、检测及设备数据属于甲方，乙方仅可为履行本合同使用。乙方远程维护须事先取得甲方同意，经甲方开通的专用VPN账号接入并留存操作日志，作业完成后账号即行关闭。乙方不得拷贝或留存甲方数据。
P:8.2 因乙方原因导致甲方数据泄露、损毁或工艺参数被篡改的，乙方应在2小时内通知甲方、配合恢复并赔偿全部损失。
P:8.3 双方对履约中知悉的对方技术秘密、工艺诀窍及经营信息负有保密义务，期限至合同终止后三年。
H:第九条 违约责任
P:9.1 乙方逾期到货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
P:9.2 乙方在本合同项下承担的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:9.3 甲方逾期付款的，每逾期一日按应付未付款项的万分之二支付违约金。
H:第十条 分包
P:10.1 乙方不得将本合同工作整体转包。设备运输、吊装等辅助工作需分包的，应事先取得甲方书面同意，乙方对分包方的行为承担连带责任。
H:第十一条 合同解除
P:11.1 乙方严重违约或逾期超过三十日的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:11.2 甲方逾期付款超过六十日，经乙方催告后仍不支付的，乙方可解除合同。
P:11.3 合同解除后，乙方应在十日内向甲方移交已完成的工作成果、程序及技术资料。
H:第十二条 争议解决
P:12.1 本合同适用中华人民共和国法律。争议协商不成的，提交临汾仲裁委员会仲裁，仲裁裁决是终局的。
H:第十三条 其他
P:13.1 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、停线改造方案、验收细则。本合同未尽事宜，双方另行签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：____________        乙方（盖章）：____________
"""

# ---------------------------------------------------------------- z03 (txt, 一、/（一）/1.)
H709Z03 = """连锁口腔门诊预约与会员管理SaaS服务合同

合同编号：HC-IT-2026-022
甲方：广州皓齿口腔医疗管理有限公司
乙方：深圳牙联云科技有限公司

甲方经营连锁口腔门诊共四十五家。为统一各门诊的线上预约、到诊管理和会员服务，甲方经询价选定乙方提供预约与会员管理SaaS服务及上线实施服务。双方根据《中华人民共和国民法典》，经平等协商，订立本合同。乙方确认已充分了解甲方门诊的业务流程和本合同的服务要求。

一、服务内容
（一）订阅服务
1. 乙方为甲方四十五家门店开通"牙联云"预约与会员管理平台，包括微信小程序预约、电话及到店预约登记、医生排班、椅位管理、到诊签到、复诊提醒、会员等级与积分、储值卡及套餐管理、营销活动和经营报表。
2. 每家门店开通前台账号不超过六个、医生账号不超过十二个，总部管理账号不超过二十个。门店数量增加的，按本合同单价另行签订补充协议。
3. 平台由乙方部署在其租用的境内公有云上，乙方负责平台的运行、维护和版本更新。
4. 平台应支持甲方总部按门店、医生、项目和时间维度查询预约量、到诊率、爽约率、会员消费及储值变动，并可导出为电子表格。
（二）实施服务
1. 完成四十五家门店的组织架构、医生、椅位、诊疗项目和价格的配置。
2. 将甲方现有系统中的会员档案、储值余额、套餐余量和未来三十日的预约记录迁移至平台，迁移前后由双方共同核对。
3. 开发与甲方门诊管理系统的挂号及收费接口，以及与甲方企业微信的消息接口。
4. 对总部及各门店的前台、医生助理和店长进行培训，每家门店不少于一次现场或线上培训。
（三）其他服务
1. 乙方每个服务年度为甲方提供两次线上运营复盘会议，就预约转化、复诊提醒和会员活动提出改进建议。
2. 甲方新开门店时，乙方应在接到通知后七日内完成开通和培训，费用按本合同单价另行计算。
3. 平台涉及短信发送的，短信费用按实际发送量由甲方另行结算，不计入合同总价。

二、服务期限
（一）实施期为合同签订后七十五日。
（二）订阅服务期为两个服务年度，自平台上线验收合格之日起计算，每个服务年度为连续的三百六十五日。
（三）服务年度内增加门店的，新增门店的服务期与本合同服务期同时届满，费用按剩余天数折算。

三、费用与支付
（一）订阅服务费按每家门店每个服务年度人民币6,800元计算，四十五家门店每个服务年度合计306,000元，两个服务年度合计612,000元。
（二）实施服务费为一次性费用148,000元，包括配置、数据迁移、两个接口开发和培训。
（三）本合同总价为760,000元，含增值税。
（四）实施服务费在平台上线验收合格后二十个工作日内一次性支付。
（五）订阅服务费按季度结算，每个服务季度结束后十五个工作日内，甲方支付该季度的服务费76,500元。
（六）乙方应在每次付款前开具增值税专用发票。
（七）甲方按季度付款前，乙方应提供该季度的服务报告；服务报告未提交的，甲方付款期限相应顺延。

四、实施与上线验收
（一）乙方应在合同签订后十日内提交实施计划，明确各门店的切换批次和时间，经甲方确认后执行。
（二）全部门店切换完成后，乙方提交上线验收申请。验收标准如下：
1. 四十五家门店均可通过小程序、电话和到店三种方式正常预约和签到；
2. 会员档案、储值余额和套餐余量迁移后与原系统逐户核对一致，差异已全部处理；
3. 挂号及收费接口连续十个营业日数据一致；
4. 高峰时段四十五家门店同时操作时的页面响应时间不超过2秒（以乙方提供的压测报告及甲方抽测为准）；
5. 各门店培训记录齐全，店长签字确认。
（三）平台开通或甲方门店开始使用，不视为验收合格。验收不合格的，乙方应在十日内整改并重新提交验收。
（四）验收合格后，双方签署上线验收确认书，订阅服务期自确认书载明的日期起算。

五、服务水平
（一）平台每月可用率不低于99.95%，乙方提前三日通知且安排在门诊营业时间以外的计划维护除外。
（二）故障响应：
1. 一级故障（全部或多家门店无法预约、签到或收费）：乙方在30分钟内响应，3小时内恢复；
2. 二级故障（单家门店或单项功能不可用）：1小时内响应，8小时内恢复；
3. 三级故障（一般问题）：下一工作日内响应。
（三）乙方应设立全年无休的客服热线，并为甲方指定专属客户经理。乙方每月向甲方提供服务报告，列明可用率、故障及处理情况。
（四）平台版本更新应安排在门诊营业时间以外进行，涉及功能变化的应提前七日通知甲方并提供更新说明；更新导致门店无法正常使用的，乙方应立即回退至原版本。

六、数据
（一）甲方及各门店在平台中录入或产生的患者信息、预约记录、会员及交易数据均归甲方所有，乙方仅可为向甲方提供本合同服务而使用，不得用于其他任何目的。
（二）服务期满或合同解除后三十日内，乙方应按甲方要求的格式导出并交付全部数据，并在甲方确认接收后删除平台上的甲方数据。

七、保密
（一）双方对在履行本合同中获知的对方经营信息、价格、技术资料及患者信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。
（二）本条义务在合同终止后三年内继续有效。

八、知识产权
（一）平台本身的知识产权归乙方所有。
（二）乙方为甲方开发的两个接口程序及其源代码、配置方案和培训资料的知识产权归甲方所有，甲方可自行使用、修改或委托第三方维护。

九、违约责任
（一）乙方未能在实施期内完成上线验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（二）乙方违反本合同第六条、第七条约定的，应赔偿甲方因此遭受的全部损失。
（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（四）乙方因自身原因中断服务连续超过二十四小时的，甲方有权解除本合同，乙方应退还已支付但未提供服务期间的费用。

十、续期
（一）订阅服务期届满前三十日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。
（二）续期服务年度的服务费由乙方参照其当年标准价格确定，上调幅度每年不超过8%，乙方应在续期前二十日书面通知甲方。

十一、分包
未经甲方书面同意，乙方不得将本合同项下的实施或运维工作分包给第三方。

十二、合同解除
（一）任何一方严重违反本合同约定，经对方书面通知后十五日内仍未改正的，对方有权书面解除本合同。
（二）合同解除的，甲方仅按实际服务期间支付订阅服务费，乙方按本合同第六条第（二）项交付数据。
（三）合同解除或期满不再续约的，乙方应继续提供不超过三十日的过渡服务，保证甲方数据迁移期间门店预约不中断，过渡期服务费按日折算。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

十四、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件：功能清单、门店清单、实施计划。本合同附件与正文不一致的，以正文为准。未尽事宜由双方另行协商并签订书面补充协议。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

# ---------------------------------------------------------------- z04 (txt, 第X条 + （一）)
H709Z04 = """青松岭公墓管理信息系统运维服务合同

采购项目编号：LZ-CS-2026-0147（竞争性磋商）
采购人（甲方）：岚州市青松岭公墓管理所
供应商（乙方）：岚州数智信息服务有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就青松岭公墓管理信息系统运维服务事项，经协商一致，订立本合同。

第一条 运维对象
（一）公墓管理信息系统，包括墓位档案、安葬登记、祭扫预约、缴费与续费、合同管理、三维墓区导览六个模块，以及面向群众的网上祭扫小程序。
（二）支撑上述系统运行的应用服务器四台、数据库服务器两台、存储一台、门禁及视频联动接口，以及墓区办公网络设备。
（三）乙方进场前，甲方向乙方提供系统现有文档、网络拓扑、账号清单和原开发单位的技术资料；原开发单位的源代码由甲方保管，乙方因运维需要可在甲方现场查阅。

第二条 服务期限
服务期自2026年7月1日起至2027年6月30日止。服务期满本合同即行终止，不自动续期；甲方如需继续采购，按政府采购程序另行确定供应商。乙方应在服务期满前三十日提交交接方案，协助甲方与后续服务单位完成交接。

第三条 服务内容
（一）日常运维：每日巡检系统运行状态、数据库及存储空间，每周检查备份有效性，每月提交运维月报。
（二）故障处理：按本合同第五条约定的时限处理各类故障。
（三）重大节日保障：清明节、中元节、寒衣节及冬至前后各七日，乙方派两名工程师驻场保障，并提前完成压力测试和应急演练。
（四）系统优化：根据甲方需求完成不超过三十个人日的小型功能调整，如报表调整、缴费提醒规则变更。
（五）安全运维：每季度进行一次漏洞扫描和基线核查，及时修补中高危漏洞，配合甲方完成等级保护测评。
（六）数据维护：协助甲方核对墓位档案，处理数据纠错申请，每年组织一次备份恢复演练。
（七）用户支持：工作日设服务热线，为墓区窗口工作人员和群众提供系统使用咨询，咨询记录纳入运维月报。
（八）资产管理：建立软硬件资产台账，记录服务器、存储、网络设备的型号、配置、保修期限和变更情况，每季度更新一次。
（九）变更管理：涉及系统配置、数据库结构或程序的变更，乙方须提交变更申请，经甲方批准后在非办公时间实施，并留存回退方案。
（十）人员配置：乙方配备项目经理一名、驻场运维工程师一名、数据库工程师及安全工程师各一名（可兼职），人员名单及资质证书作为本合同附件。驻场工程师每周一至周五在甲方办公，更换人员须提前十日经甲方同意。

第四条 服务费用与支付
（一）本合同服务费总额为人民币叁拾捌万陆仟肆佰元整（¥386,400），含税，为固定价格。
（二）服务费按季度支付。每个服务季度结束且季度考核合格后十五个工作日内，甲方支付当季服务费¥96,600。季度考核得分低于八十分的，按本合同第九条扣减后支付。
（三）本合同不设预付款。

第五条 服务水平
（一）系统可用率：公墓管理信息系统和网上祭扫小程序的月度可用率均不低于99.98%。
（二）故障响应与恢复：
1. 一级故障（系统整体不可用、祭扫预约或缴费功能中断）：15分钟内响应，1小时内到场，3小时内恢复；
2. 二级故障（单个模块不可用或性能明显下降）：30分钟内响应，8小时内恢复；
3. 三级故障（一般问题及咨询）：2小时内响应，两个工作日内解决。
（三）节日保障期间，一级故障须在10分钟内响应。
（四）乙方未达到上述要求的，一级故障每发生一次扣减服务费¥1,000，每超时一小时另扣¥500；月度可用率每低于承诺值0.01个百分点扣减¥800；扣减款项在当季服务费中抵扣。
（五）乙方应每月统计可用率和故障处理时效，经甲方信息管理员核实后作为季度考核依据。

第六条 进场交接与考核验收
（一）乙方应在合同签订后十日内完成进场交接，包括账号、文档、备份介质和运维工具的清点，双方签署交接确认单。
（二）甲方按季度对乙方服务进行考核验收，考核标准为：巡检记录完整、备份有效性检查全部通过、各级故障均在约定时限内响应和恢复、漏洞整改按期完成、运维月报按时提交。考核采用百分制，八十分以上为合格。群众投诉经核实属于系统原因且乙方未及时处理的，每件扣二分。
（三）服务期满前乙方应提交年度运维总结、全部运维文档和脚本，甲方组织终期验收，验收合格后支付最后一个季度的服务费。

第七条 数据安全
（一）系统中的墓位档案、安葬者信息、购墓人及家属的个人信息、缴费记录和视频资料均归甲方所有，乙方不得将其用于履行本合同以外的任何目的，也不得向任何第三方提供。
（二）乙方运维人员须经甲方审批，通过甲方堡垒机操作，一人一账号，操作全程录像；禁止将数据导出至甲方网络以外，确需导出的须经甲方书面批准并登记。
（三）乙方应落实《中华人民共和国个人信息保护法》和《中华人民共和国数据安全法》规定的义务，发现数据泄露、篡改或丢失的，应在1小时内报告甲方并立即处置。
（四）因乙方原因造成数据安全事件的，乙方承担全部赔偿责任，并承担由此产生的行政处罚和社会影响处置费用。
（五）服务期满或合同解除时，乙方应交还所有存储介质并删除其掌握的甲方数据，出具书面删除确认。

第八条 保密
乙方及其人员对在服务过程中知悉的甲方工作秘密、安葬者及家属信息、网络结构和账号口令负有保密义务，不得向任何第三方泄露。乙方应与驻场人员签订保密承诺书并报甲方备案。本条义务在合同终止后继续有效。

第九条 违约责任
（一）乙方未按第六条第（一）项约定期限完成进场交接的，每逾期一日，按合同总价的千分之二支付违约金。
（二）季度考核得分低于八十分的，每低一分扣减当季服务费的1%；连续两个季度考核不合格的，甲方有权解除合同。
（三）乙方擅自更换驻场人员或节日保障期间未按约定驻场的，每人每日扣减¥1,500。
（四）甲方逾期支付服务费的，应按同期贷款市场报价利率支付利息。
（五）乙方违约行为给甲方造成损失的，除支付违约金外，还应赔偿甲方的实际损失。

第十条 知识产权
乙方在服务过程中形成的运维文档、巡检和备份脚本、应急预案、报表模板等成果归甲方所有。乙方使用的第三方运维工具，由乙方保证其合法授权。

第十一条 分包
本项目不得分包或转包。

第十二条 合同解除
（一）乙方严重违约，经甲方书面催告后七日内仍未改正的，甲方有权解除本合同，并要求乙方赔偿损失。
（二）合同解除后，乙方应在五日内完成交接，交还全部账号、文档和资料，并配合甲方或新供应商完成过渡。
（三）因不可抗力致使合同无法继续履行的，双方可协商解除本合同，甲方按实际服务期间支付费用。

第十三条 争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十四条 其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同的组成部分。双方的联系人及联系方式以附件载明为准，变更的应书面通知对方。

甲方（盖章）：                    乙方（盖章）：
日期：                            日期：
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条", supplier's template)
H709Z05 = """# 竹韵工坊生产追溯系统软件许可及开发合同

**（竹韵科技标准合同文本 ZY-HT-2025 版）**

合同编号：ZY-2026-0058

甲方（买方）：苏州玉笛民族乐器厂

乙方（卖方）：杭州竹韵科技有限公司

甲方拟在其笛子生产车间建设竹材钻孔与校音工序的生产追溯系统。乙方为竹韵工坊生产追溯系统的著作权人。双方经友好协商，就甲方购买该软件的使用许可及相关定制开发服务达成如下协议。

## 第一条 合同标的

1.1 乙方向甲方提供竹韵工坊生产追溯系统（标准版）的永久使用许可，许可用于甲方苏州工厂，授权站点数为二十个。

1.2 乙方根据甲方需求进行定制开发，内容为：钻孔工位数据采集模块（对接甲方六台数控钻孔机，记录孔位、孔径及钻孔批次）、校音工位数据接口（对接电子调音仪，记录各孔音高偏差及修音次数）、竹材批次与成品笛身的一物一码追溯功能。

1.3 乙方负责系统的安装部署、基础数据导入及操作培训。

1.4 系统功能包括：竹材入库与含水率登记、下料与烘烤工序记录、钻孔工序记录、校音工序记录、成品检验与包装、一物一码查询、生产统计报表及用户权限管理。

1.5 乙方提供系统安装介质、用户手册及管理员手册各一套，均为电子版。

1.6 乙方为甲方提供一次集中培训，培训对象为甲方车间班组长、质检员及系统管理员，培训时间不超过两日，培训地点在甲方工厂。

## 第二条 合同价款

2.1 本合同总价为人民币柒拾肆万元整（¥740,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 竹韵工坊生产追溯系统软件许可（标准版，永久） | 1套 | 560,000 |
| 2 | 钻孔工位采集、校音接口及一物一码追溯定制开发 | 1项 | 148,000 |
| 3 | 安装部署及培训 | 1项 | 32,000 |
| | 合计 | | 740,000 |

2.2 上述价格含增值税，不含甲方现场的服务器、网络及数控设备改造费用。

2.3 甲方增加授权站点的，按每个站点¥18,000另行计费。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即¥481,000。

3.2 系统上线运行后五个工作日内，甲方支付合同总价的35%，即¥259,000。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金；逾期超过十五日的，乙方有权暂停全部服务直至甲方付清款项。

## 第四条 交付

4.1 乙方在收到甲方首付款后开始实施，预计在九十个工作日内完成安装部署及定制开发。因需求变更、甲方现场条件不具备或甲方配合不及时造成的延误，交付期限相应顺延。

4.2 甲方应按乙方要求提供服务器、网络环境及设备接口资料，并指定专人配合实施。

4.3 乙方完成安装部署后，应书面通知甲方上线时间；甲方应在接到通知后安排人员参加上线操作。甲方未按时安排的，视为乙方已完成交付。

4.4 乙方派驻现场的实施人员不超过两人，现场实施时间合计不超过二十个工作日；超出部分按每人每日¥2,400另行收费。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方在上线后七日内未提出书面异议的，视为对乙方全部交付内容的确认。

5.3 上线运行后发现的问题，由乙方在免费维护期内按第六条处理，不影响验收结论及付款。

## 第六条 免费维护与后续服务

6.1 乙方自系统上线之日起提供六个月的免费维护，维护内容为软件缺陷修复及远程技术支持。

6.2 免费维护期内，甲方发现系统问题的，可通过电话、邮件或乙方客服平台报告，乙方将尽合理努力及时处理。

6.3 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的24%，即每年¥134,400，按年预付。年度维护服务期满前甲方未书面通知终止的，按同等费用顺延一年。

6.4 未购买年度维护服务的，乙方不再提供任何技术支持和软件升级，由此导致的系统故障由甲方自行承担。

6.5 年度维护服务包括软件缺陷修复、版本升级、远程技术支持及每年一次现场巡检。需要乙方派员到场处理的，差旅费用由甲方另行承担。

6.6 甲方要求增加功能或修改已交付功能的，双方另行签订开发合同，费用按乙方当年人天单价计算。

## 第七条 知识产权

7.1 竹韵工坊生产追溯系统及其全部组成部分的著作权、专利权及其他知识产权归乙方所有。

7.2 本合同项下定制开发成果（包括采集模块、接口程序、追溯功能及相关文档）的知识产权归乙方所有，甲方在本合同许可范围内享有非独占的使用权，不得自行或委托第三方修改、反编译或向第三方提供。

7.3 乙方有权将定制开发成果纳入其标准产品，向其他客户提供。

7.4 甲方不得删除或修改系统中的乙方版权标识。

## 第八条 数据

8.1 甲方在系统中产生的生产数据归甲方所有。

8.2 甲方同意乙方可将系统运行中产生的工艺参数、钻孔及校音数据经脱敏处理后，用于乙方产品改进、工艺算法训练及行业分析报告。

8.3 乙方对其可以接触到的甲方数据采取访问权限控制、传输加密和操作日志留存等安全措施；远程维护须经甲方同意后通过甲方提供的账号进行。因乙方原因造成甲方数据泄露或损毁的，乙方应及时通知甲方，协助恢复并承担相应赔偿责任。

8.4 合同终止后，甲方可在三十日内申请导出其生产数据，乙方按系统标准格式提供，超出部分的数据整理服务另行收费。

## 第九条 保密

9.1 双方对履行本合同过程中获得的对方技术资料、商业信息负有保密义务，未经对方书面同意不得向第三方披露。

9.2 保密期限自本合同签订之日起至合同终止后两年。

9.3 乙方可在其客户名录及宣传材料中使用甲方名称作为案例展示。

## 第十条 违约责任

10.1 任何一方违反本合同约定的，应承担相应的违约责任，赔偿对方因此遭受的直接损失。

10.2 乙方对甲方的间接损失、利润损失、停产损失不承担赔偿责任。

10.3 因甲方自行修改系统、擅自移动服务器或使用非乙方认可的第三方软件而导致的故障，乙方不承担责任。

10.4 因不可抗力、网络运营商故障、第三方软硬件缺陷等非乙方原因导致系统无法使用的，乙方不承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面通知后三十日内仍未纠正的，守约方有权解除本合同。

11.2 合同解除的，乙方已收取的许可费不予退还；甲方已使用的定制开发服务按实际工作量结算。

11.3 甲方未按约定支付款项超过三十日的，乙方有权解除本合同并收回软件使用许可。

## 第十二条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。诉讼期间，除争议事项外，双方应继续履行本合同其他条款。

## 第十三条 其他

13.1 本合同一式两份，双方各执一份，经双方签字盖章后生效。

13.2 本合同为乙方标准合同文本，双方另有约定的，以补充协议为准。

13.3 甲方将系统用于许可范围以外的工厂或站点的，应另行向乙方购买许可。

13.4 本合同的通知以书面形式送达合同首页载明的地址，或发送至双方指定的电子邮箱，发出之日起三日视为送达。

甲方（签章）：                    乙方（签章）：

日期：                            日期：
"""

# ---------------------------------------------------------------- e01 (pdf, Article N + N.N)
H709E01 = """T:Software Licence and Services Agreement
P:Agreement No. BTS-CN-2026-004
P:This Agreement is made between Putian Hengxin Wood Industry Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Putian, Fujian Province (the "Buyer"), and PT Borneo Timber Systems, a limited liability company incorporated in the Republic of Indonesia with its registered office in Samarinda, East Kalimantan (the "Vendor").
P:The Buyer imports sawn timber and veneer from Kalimantan and must document the legal origin of every consignment for its customers in China and abroad. The Vendor owns the TimberTrace chain-of-custody software. The parties therefore agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the TimberTrace Enterprise software in object code, version 7.2, with its standard modules for supplier registration, consignment records, legality documents, log and sawn-timber yield tracking, inventory, and customer certificates.
P:1.2 "Custom Deliverables" means the interfaces, reports, data-conversion scripts and any other work product made by the Vendor specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Go-Live" means the day on which the Buyer starts using the Software in production at its Putian plant after the Vendor's written notice of readiness.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Article 5.3.
P:1.5 "Buyer Data" means all data entered into, generated by or stored in the Software by or for the Buyer, including supplier, consignment, document and customer data.
H:Article 2 Licence and Services
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on servers owned or controlled by the Buyer in mainland China, for up to 80 named users and two plants, for the Buyer's own business.
P:2.2 The Vendor shall provide the following services: (a) installation and configuration of the Software; (b) an interface to the Buyer's ERP system for purchase orders, goods receipts and sales orders; (c) an interface to the Buyer's weighbridge system; (d) migration of the Buyer's supplier and consignment records from spreadsheets for the last three calendar years; (e) legality-document templates for the export markets named in Annex 1; and (f) training for key users and administrators.
P:2.3 The Vendor shall assign a project manager who speaks Mandarin and shall keep the named key personnel in Annex 2 on the project until Final Acceptance, unless the Buyer agrees otherwise in writing.
H:Article 3 Price and Payment
P:3.1 The Contract Price is CNY 1,810,000, fixed and inclusive of all taxes, duties and expenses, made up as follows: Software licence fee CNY 1,260,000; implementation and interfaces CNY 420,000; data migration CNY 96,000; training CNY 34,000.
P:3.2 The Buyer shall pay: (a) 20% of the Contract Price within 20 days after signature, against the Vendor's invoice and an advance-payment bank guarantee for the same amount; (b) 45% within 20 days after Go-Live; and (c) 35% within 20 days after Final Acceptance.
P:3.3 Payments are made in CNY by bank transfer to the Vendor's account stated in its invoice. Each party bears its own bank charges.
H:Article 4 Delivery and Delay
P:4.1 The Vendor shall achieve Go-Live within 100 days after signature, following the project plan in Annex 2.
P:4.2 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in the project plan for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. Payment of liquidated damages does not release the Vendor from its obligation to complete the work.
H:Article 5 Acceptance
P:5.1 After Go-Live the Software runs in production for a trial period of 45 days.
P:5.2 Final Acceptance requires that: (a) all functions in the specification in Annex 1 have been demonstrated; (b) migrated records reconcile with the source spreadsheets, with every difference documented and resolved; (c) the ERP and weighbridge interfaces have run for 20 consecutive working days without data loss; (d) a consignment can be traced from the supplier's legality documents to the customer certificate within 3 seconds for any record; and (e) no Severity 1 incident occurred in the last 30 days of the trial period.
P:5.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within 10 working days or state in writing which criteria are not met. Go-Live, use of the Software in production or payment of any instalment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with Annex 1 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply new releases and provide remote and, where needed, on-site support free of charge.
P:6.2 Support response times during the Warranty Period: Severity 1 (the Software is down or consignments cannot be recorded) - response within 1 hour and workaround within 8 hours, at any time; Severity 2 (a major function is impaired) - response within 2 hours during business hours and fix within 3 business days; Severity 3 (minor issues and questions) - response within one business day.
P:6.3 For each full hour by which the Vendor exceeds the Severity 1 response or workaround time, the Vendor shall credit the Buyer CNY 1,000, deducted from the next payment or claimed under the performance guarantee.
P:6.4 After the Warranty Period, the Vendor shall offer annual support on the same terms at 10% of the Software licence fee per year (CNY 126,000), and shall not increase this fee for the first three years after the Warranty Period. Each support year is ordered separately by the Buyer; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Vendor keeps all intellectual property rights in the Software.
P:7.2 All rights in the Custom Deliverables pass to the Buyer on creation. The Vendor shall deliver their source code and documentation before Final Acceptance. The Buyer may use, modify and license the Custom Deliverables freely, including through third parties.
P:7.3 The Vendor shall indemnify the Buyer against any third-party claim that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 8 Data Protection and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not keep, analyse or disclose it for any other purpose.
P:8.2 The Software is installed in the Buyer's data centre in Putian. The Vendor's staff may access the Buyer's systems remotely only through the Buyer's VPN with multi-factor authentication, with a separate approval for each session, and all sessions are logged. The Vendor shall not copy Buyer Data outside the Buyer's systems.
P:8.3 The Vendor shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law of the People's Republic of China in performing this Agreement. It shall notify the Buyer within 12 hours of becoming aware of any unauthorised access to Buyer Data, cooperate in the investigation and remedy, and be liable for all losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, including prices, supplier lists, customer lists and technical information, and shall use it only for this Agreement.
P:9.2 This obligation survives for five years after the end of this Agreement.
H:Article 10 Liability
P:10.1 Each party's total liability under this Agreement is limited to 200% of the Contract Price. This limit does not apply to personal injury, fraud, wilful misconduct, breach of Article 8 or Article 9, or the indemnity in Article 7.3.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate this Agreement if the liquidated damages under Article 4.2 reach their maximum.
P:12.3 On termination by the Buyer under this Article, the Vendor shall refund the amounts paid for services not accepted and deliver all completed Custom Deliverables.
H:Article 13 Force Majeure
P:13.1 Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to reduce the effect.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Republic of Indonesia.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the rules of the Indonesian National Board of Arbitration (BANI). The seat of arbitration is Samarinda and the language is English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Specification) and Annex 2 (Project Plan and Key Personnel), is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is made in English in two originals, one for each party, and takes effect on signature.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A A1-A6 + General Terms)
H709E02 = """# PlantCare Cloud - Subscription Order Form

**Order No. MCW-ORD-2026-117**

This Order Form consists of Part A (Order Details) and Part B (General Terms). By signing Part A, the parties agree to both parts. If Part A and Part B conflict, Part A prevails.

## Part A - Order Details

### A1. Parties

- **Provider:** PT Mahakam Cloud Works, Jalan Jenderal Sudirman No. 48, Balikpapan, East Kalimantan, Indonesia.
- **Customer:** Xuzhou Hengda Mining Machinery Co., Ltd., Xuzhou Economic and Technological Development Zone, Jiangsu Province, People's Republic of China.

### A2. Subscribed Service

PlantCare Cloud, the Provider's maintenance-management software provided as a service, with the modules Asset Register, Work Orders, Preventive Maintenance, Spare Parts, Mobile Technician App and Reliability Analytics, for 220 named users across the Customer's three plants in Xuzhou.

The Service is hosted for the Customer in a Provider-managed tenant on a cloud data centre located in mainland China (Shanghai region).

### A3. Subscription Term

The Subscription Term starts on the Service Start Date (the day after Onboarding Acceptance under Section 4 of Part B) and runs for 24 months.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| PlantCare Cloud subscription, 220 named users | CNY 64,500 per quarter x 8 quarters | 516,000 |
| Onboarding: configuration, data load of 6,800 assets, SAP PM interface, training | one-time | 86,000 |
| **Total Contract Value** | | **602,000** |
| Additional named users (optional) | CNY 95 per user per month | not included |

All amounts are in CNY and include VAT.

### A5. Invoicing and Payment

- The onboarding fee is invoiced after Onboarding Acceptance.
- The subscription fee is invoiced quarterly in advance, at the start of each quarter of the Subscription Term.
- Invoices are payable within 30 days of receipt by bank transfer.

### A6. Service Levels and Special Terms

- **Availability:** 99.95% per calendar month, measured at the Provider's service endpoint, excluding scheduled maintenance announced at least five days in advance and carried out between 00:00 and 05:00 China Standard Time.
- **Support:** Priority 1 (Service unavailable for all users, or work orders cannot be created or closed): response within 1 hour, 24x7, and continuous work until restored. Priority 2 (a module is unavailable or seriously degraded): response within 2 hours during business hours. Priority 3 (other issues): response within one business day.
- **Service credits:** if monthly availability falls below the commitment, the Customer receives a credit of 5% of that quarter's subscription fee for each 0.1 percentage point of shortfall, up to 50% of that quarter's fee. Each Priority 1 response more than one hour late earns a credit of CNY 1,000.
- **Onboarding delay:** if Onboarding Acceptance is not achieved by the Target Go-Live Date of 1 September 2026 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 500 for each day of delay.

**Signed for the Provider:** ____________________ Date: __________

**Signed for the Customer:** ____________________ Date: __________

## Part B - General Terms

### 1. Definitions

1.1 "Customer Data" means all data, files and information uploaded to or generated in the Service by or for the Customer, including asset, maintenance, spare-part and user data.

1.2 "Documentation" means the Provider's user guides and specifications for the Service as updated from time to time.

1.3 "Customer Configurations" means the workflows, forms, reports and interface mappings configured by the Provider specifically for the Customer during onboarding.

### 2. Provision of the Service

2.1 The Provider shall make the Service available to the Customer during the Subscription Term in accordance with the Documentation and the service levels in A6.

2.2 The Provider may update the Service from time to time, provided that no update materially reduces the functionality the Customer subscribed to.

2.3 The Customer is responsible for its users' conduct and for keeping their login credentials secure.

### 3. Onboarding

3.1 The Provider shall carry out onboarding in accordance with the onboarding plan agreed with the Customer within ten business days after signature of this Order Form.

3.2 The Customer shall provide the asset master data, the SAP PM test environment and key-user time reasonably required for onboarding.

### 4. Onboarding Acceptance

4.1 The Provider shall notify the Customer when onboarding is complete. Onboarding Acceptance requires that: (a) all 6,800 assets are loaded and reconciled with the Customer's asset list; (b) the SAP PM interface has exchanged work orders and notifications for ten consecutive business days without error; (c) preventive-maintenance plans for the three plants generate work orders as configured; (d) the Mobile Technician App works offline and synchronises within five minutes of reconnection; and (e) all key users have been trained.

4.2 The Customer shall confirm Onboarding Acceptance in writing within five business days after the notice or list the criteria not met. Use of the Service for testing or training is not acceptance.

### 5. Fees and Renewal

5.1 Fees are as stated in A4 and are non-cancellable except as set out in Section 12.

5.2 At the end of the Subscription Term, this Order Form renews automatically for successive renewal terms of one year each unless either party gives notice of non-renewal at least 60 days before the end of the current term.

5.3 Fees for each renewal term will be the Provider's list price in effect at the start of that renewal term. The Provider may increase the fees for a renewal term by notice to the Customer at least 45 days before the renewal date.

### 6. Customer Data

6.1 As between the parties, the Customer owns all Customer Data. The Provider shall process Customer Data only to provide the Service and support to the Customer and for no other purpose.

6.2 On expiry or termination, the Provider shall make Customer Data available for export in CSV and JSON format for 60 days and shall then delete it, confirming deletion in writing.

### 7. Security

7.1 The Provider shall maintain administrative, technical and physical safeguards for the Service and Customer Data, including encryption in transit and at rest, role-based access control, multi-factor authentication for Provider administrators, daily backups kept in mainland China, and annual penetration tests.

7.2 The Provider shall keep the Service hosted in mainland China and comply with applicable PRC laws on cybersecurity, data security and personal information.

7.3 The Provider shall notify the Customer within 24 hours of becoming aware of a security incident affecting Customer Data, take prompt steps to contain it, and compensate the Customer for losses caused by the Provider's failure to comply with this Section.

### 8. Intellectual Property

8.1 The Provider owns the Service, the Documentation and all improvements to them.

8.2 Customer Configurations belong to the Customer. The Customer may use, copy and modify them and let third parties use them, including after the Subscription Term.

### 9. Confidentiality

9.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for the purposes of this Order Form and not disclose it to third parties except to its employees and advisers who need to know it and are bound by similar duties.

9.2 These obligations continue for three years after the end of the Subscription Term.

### 10. Subcontractors

10.1 The Provider may use subcontractors and sub-processors, including its hosting provider and support partners, to perform this Order Form. The Provider lists its current subcontractors on its website and will inform the Customer by email of any new subcontractor at least 14 days before it starts work.

10.2 The Provider remains responsible for the acts and omissions of its subcontractors.

### 11. Limitation of Liability

11.1 Neither party is liable for indirect or consequential loss, loss of profit or loss of business.

11.2 Each party's total liability arising out of or in connection with this Order Form is limited to the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim. This limit does not apply to the Customer's payment obligations or to breach of Section 9.

### 12. Termination

12.1 Either party may terminate this Order Form by written notice if the other party materially breaches it and does not cure the breach within 30 days after written notice.

12.2 If the Customer terminates under Section 12.1, the Provider shall refund any prepaid fees for the period after termination.

### 13. Governing Law and Disputes

13.1 This Order Form is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules. The language of arbitration is English.

### 14. General

14.1 Neither party may assign this Order Form without the other party's consent, except to an affiliate as part of a reorganisation.

14.2 Notices must be in writing and sent to the addresses in A1 or to the email addresses the parties designate.

14.3 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and resumes performance as soon as possible. Service credits do not accrue during such an event.
"""

# ---------------------------------------------------------------- e03 (docx, 1. / 1.1, Word price table)
H709E03 = """T:Purchase Contract for Water-Quality Monitoring Equipment and Software
P:Contract No. ZJHY-PC-2026-033
P:Buyer: Zhanjiang Haiyun Aquaculture Co., Ltd., No. 16 Haibin Road, Xiashan District, Zhanjiang, Guangdong Province, People's Republic of China (the "Buyer").
P:Supplier: PT Tomini Sensor Teknologi, Jalan Nani Wartabone No. 21, Gorontalo, Gorontalo Province, Indonesia (the "Supplier").
P:The Buyer operates shrimp and grouper ponds and offshore cages in Zhanjiang and wishes to monitor water quality continuously. Following the Buyer's request for quotation, the parties agree as follows. This Contract is on the Buyer's standard purchase terms.
H:1. Scope
P:1.1 The Supplier shall supply, deliver, install and calibrate the equipment listed in clause 2 (the "Equipment"), grant a perpetual licence to its AquaWatch monitoring software (the "Software"), configure the Software for the Buyer's 36 monitoring points, and train the Buyer's staff.
P:1.2 Each monitoring buoy measures dissolved oxygen, temperature, pH, salinity, ammonia nitrogen and turbidity and transmits readings every five minutes through the gateways to the Software.
P:1.3 The Software shall be installed on the Buyer's servers at its Zhanjiang head office and shall provide live dashboards, threshold alarms by SMS and app, historical trends, feeding and aeration recommendations, and reports by pond, farm and period.
P:1.4 The Supplier shall provide, in English and Chinese, the installation drawings, calibration records for every sensor, user and administrator manuals, a spare-parts list with prices valid for five years, and certificates of origin and conformity for the Equipment.
H:2. Price
P:2.1 The Contract Price is CNY 1,580,000, inclusive of VAT, import duties, delivery to the Buyer's sites, installation, calibration and training, as set out below.
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality buoy with solar power|36|21,500|774,000
TB:2|Spare dissolved-oxygen sensor heads|60|3,800|228,000
TB:3|LoRa / 4G gateway with mounting|12|9,600|115,200
TB:4|AquaWatch Software perpetual licence, 36 points, 25 users|1|318,000|318,000
TB:|Equipment and Software subtotal|||1,435,200
TB:5|Installation and calibration at three farms|1|126,000|126,000
TB:6|Training (two sessions)|1|18,800|18,800
TB:|Contract Price|||1,580,000
P:2.2 The Contract Price is fixed and is not subject to exchange-rate adjustment.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 15 days after signature, against the Supplier's invoice and an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer shall pay 55% of the Contract Price within 20 days after all Equipment has been delivered and installed and the installation certificate has been signed. The installation certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance under clause 5.
H:4. Delivery and Delay
P:4.1 The Supplier shall deliver all Equipment to the Buyer's three farms within 70 days after signature and complete installation and calibration within 30 days after delivery.
P:4.2 If the Supplier is late in delivery or in completing installation for reasons attributable to it, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price. The Buyer may deduct these damages from any payment due.
P:4.3 Title to the Equipment passes to the Buyer on delivery; risk passes on signature of the installation certificate.
P:4.4 The Supplier is responsible for export clearance in Indonesia, sea freight, insurance and import customs clearance in China, and shall pack the Equipment to withstand sea transport and humid storage. The Buyer shall provide site access, a safe working area at each farm and boats for access to offshore cages.
H:5. Acceptance
P:5.1 After installation, the system runs for a trial period of 30 days.
P:5.2 Final Acceptance requires that: (a) each buoy's dissolved-oxygen and pH readings agree with the Buyer's calibrated laboratory instrument within ±0.3 mg/L and ±0.1 pH on three spot checks; (b) at least 98% of scheduled readings from every point reach the Software during the trial period; (c) alarms reach the designated phones within 60 seconds in five tests per farm; (d) all Software functions in the technical specification are demonstrated; and (e) no Severity 1 incident occurs in the last 15 days of the trial period.
P:5.3 The Buyer shall issue a Final Acceptance certificate within 10 working days after the criteria are met, or give written reasons. Installation, use of the system or any payment does not constitute acceptance.
H:6. Warranty and Support
P:6.1 The Supplier warrants the Equipment and the Software for 36 months after Final Acceptance. During this period it shall repair or replace defective Equipment, including sensor heads that fail within their rated life, correct Software defects and supply Software updates free of charge.
P:6.2 During the warranty period, the Supplier shall respond to incidents as follows:
TB:Severity|Description|Response|Restoration
TB:1|Software down, or a farm's readings or alarms lost|2 hours|24 hours
TB:2|Single buoy or gateway fault|8 hours|3 days
TB:3|Other issues and questions|1 business day|as agreed
P:6.3 The Software shall be available at least 99.95% of each month during the warranty period, excluding maintenance agreed with the Buyer in advance.
P:6.4 For every hour by which the Supplier exceeds a Severity 1 response or restoration time, the Supplier shall pay CNY 800; for each 0.02 percentage points of shortfall in monthly availability, it shall pay CNY 500. These amounts are deducted from payments or claimed under the performance guarantee.
P:6.5 After the warranty period, the Supplier shall provide annual support, including calibration visits twice a year and Software updates, at 7% of the Equipment and Software subtotal per year (CNY 100,464), fixed for the first two years after the warranty period. Support is ordered year by year and does not renew automatically.
P:6.6 The Supplier shall keep spare buoys and gateways in stock in Guangdong and shall deliver replacement parts within three days of a request during the warranty period.
P:6.7 The Supplier shall train up to 20 of the Buyer's farm technicians and two system administrators, covering sensor cleaning and calibration, battery and solar panel checks, alarm settings and report generation, and shall provide a short maintenance checklist for daily use at the ponds.
H:7. Intellectual Property
P:7.1 The Supplier keeps its rights in the Software and firmware and grants the Buyer a perpetual, non-exclusive licence to use them for the Buyer's operations.
P:7.2 Dashboards, alarm rules, reports and interface scripts made for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely.
H:8. Data
P:8.1 All water-quality readings, alarms, farm data and reports generated by the Equipment and the Software belong to the Buyer. The Supplier may use them only to perform this Contract.
P:8.2 The Supplier shall configure the Equipment and the Software so that data are transmitted encrypted and stored only on the Buyer's servers. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN, and all sessions are logged.
P:8.3 The Supplier shall notify the Buyer within 12 hours of any security incident affecting the Buyer's data, take immediate remedial action and compensate the Buyer for losses caused by its breach of this clause.
H:9. Confidentiality
P:9.1 Each party shall keep confidential the other party's business, technical and production information received under this Contract and shall not disclose it to any third party without prior written consent. This obligation lasts for five years after the end of this Contract.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 150% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, or breach of clauses 8 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Installation by a local installer approved in writing by the Buyer is permitted, and the Supplier remains responsible for it.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to cure it within 20 days after notice, or if delay damages reach their maximum. The Supplier shall then refund the amounts paid for undelivered or unaccepted items.
P:12.2 Neither party is liable for delay caused by typhoons, floods, epidemics or other events beyond its reasonable control, provided that it notifies the other party within five days and takes reasonable steps to limit the delay. If such an event lasts more than 60 days, either party may terminate this Contract by notice.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.
H:14. General
P:14.1 Amendments to this Contract must be in writing and signed by both parties. The technical specification and the Supplier's quotation are annexed to this Contract; this Contract prevails over the quotation.
P:14.2 Notices shall be in writing and sent to the addresses above or to the email addresses designated by the parties. This Contract is made in English and Chinese in four originals; both language versions have equal effect.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, Sections + Schedules 1-3 as tables)
H709E04 = """# Managed IT Services Agreement

**Agreement No. MIS-XM-2026-08**

**Between**

**Xiamen Lanhai Seafood Processing Co., Ltd.**, a company incorporated in the People's Republic of China, with its registered office at No. 9 Gaoqi Industrial Park, Huli District, Xiamen, Fujian Province (the "Customer"); and

**PT Gamalama Teknologi Layanan**, a company incorporated in Indonesia, with its registered office in Ternate, North Maluku, and a service centre in Xiamen operated through its wholly owned subsidiary (the "Provider").

## Background

The Customer runs two processing plants, a cold-storage warehouse and a sales office in Xiamen, with about 420 computer users. The Customer wishes to outsource the day-to-day operation of its IT infrastructure to the Provider for three years. The parties agree as follows.

## 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" and "Service Credits" mean the levels and credits set out in Schedule 2.

1.3 "Charges" means the charges set out in Schedule 3.

1.4 "Service Commencement Date" means the date on which the Customer signs the Transition Acceptance certificate under Section 4.

1.5 "Customer Data" means all data of the Customer or its employees, customers and suppliers that the Provider accesses, processes or stores in performing the Services.

## 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Term").

2.2 This Agreement ends at the end of the Term. Any extension requires a written agreement signed by both parties.

## 3. Services

3.1 The Provider shall perform the Services described in Schedule 1 with skilled and qualified staff, in accordance with good industry practice and the Customer's IT policies notified to the Provider.

3.2 The Provider shall keep at least two engineers on site in Xiamen during the Customer's business hours and provide remote support outside those hours.

3.3 The Provider shall report monthly on ticket volumes, Service Level performance, changes, security patches, capacity and open risks, and shall attend a monthly service review meeting with the Customer's IT manager.

## 4. Transition

4.1 The Provider shall complete the transition of the Services from the Customer's current arrangements within 60 days after signature (the "Transition Date"), in accordance with a transition plan agreed within ten business days after signature.

4.2 Transition Acceptance requires that: (a) all assets in the Customer's inventory have been verified and recorded in the Provider's configuration database; (b) monitoring covers all servers, network devices and backup jobs listed in Schedule 1; (c) runbooks for every critical system have been written and reviewed by the Customer; (d) a restore test of the ERP database from backup has succeeded; and (e) the service desk has handled tickets for ten business days in parallel with the Customer's current team, meeting the response targets in Schedule 2.

4.3 If Transition Acceptance is not achieved by the Transition Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay until Transition Acceptance.

## 5. Charges and Payment

5.1 The Customer shall pay the Charges set out in Schedule 3. The monthly charge is invoiced monthly in arrears. The transition charge is invoiced after Transition Acceptance.

5.2 Invoices are payable within 30 days after receipt of a correct VAT invoice. Service Credits are deducted from the next invoice.

5.3 The Charges are fixed for the Term. Additional work outside Schedule 1 is charged only if agreed in a written change order at the rates in Schedule 3.

## 6. Service Levels

6.1 The Provider shall meet the Service Levels in Schedule 2. If it fails to do so, the Customer is entitled to the Service Credits in Schedule 2.

6.2 If the Provider misses the same Service Level in two consecutive months, it shall provide a written improvement plan within ten business days and carry it out.

## 7. Customer Data and Security

7.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not copy, disclose or use it for any other purpose.

7.2 The Provider shall access the Customer's systems only through named accounts with multi-factor authentication, through the Customer's privileged-access gateway, and all administrative sessions shall be recorded. The Provider shall apply security patches within the periods in Schedule 2 and shall not move Customer Data outside the Customer's systems.

7.3 The Provider shall comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law. It shall notify the Customer within six hours of becoming aware of a security incident affecting Customer Data, contain it, and compensate the Customer for all losses caused by the Provider's breach of this Section.

## 8. Intellectual Property

8.1 Runbooks, scripts, configuration records, reports and documentation produced by the Provider for the Customer belong to the Customer, which may use, modify and hand them to any successor provider.

8.2 The Provider keeps its own pre-existing tools and methods and grants the Customer a free licence to use any of them embedded in the deliverables.

## 9. Staff and Subcontracting

9.1 The Provider shall name its service manager and on-site engineers in the transition plan and shall not replace them without giving the Customer 20 days' notice, except in case of illness or resignation.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## 10. Liability

10.1 The Provider's total liability under this Agreement is limited to 150% of the total Charges for the Term. The limit does not apply to personal injury, wilful misconduct or breach of Section 7.

10.2 Neither party is liable for indirect loss or loss of profit.

## 11. Termination and Exit

11.1 This Agreement may be terminated before the end of the Term only by written agreement of both parties, or by either party under Section 12.2.

11.2 If the Customer fails to pay undisputed Charges for more than 60 days after a written reminder, the Provider may suspend the Services until payment is made.

11.3 For 60 days before the end of the Term, the Provider shall cooperate in the handover to the Customer or a successor provider, hand over all runbooks, passwords, configuration records and documentation, and answer reasonable questions from the successor.

## 12. Force Majeure

12.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as typhoons, floods, epidemics or government action, if it notifies the other party promptly and takes reasonable steps to limit the effect.

12.2 If a force majeure event prevents performance of a substantial part of the Services for more than 90 days, either party may terminate this Agreement by written notice.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen. The award is final and binding on both parties.

## 14. General

14.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject. Amendments must be in writing and signed by both parties.

14.2 This Agreement is made in English and Chinese; both versions have equal effect.

**For the Customer:** ____________________ **For the Provider:** ____________________

## Schedule 1 - Services

| Service | Scope | Hours |
|---|---|---|
| Service desk | Telephone, email and portal support in Chinese and English for about 420 users; ticket logging and tracking | Monday to Saturday 07:30-19:30, on-call otherwise |
| End-user computing | 460 desktops and laptops, 85 printers, 120 handheld scanners in the plants and cold store; imaging, repairs, moves and changes | On-site business hours |
| Servers and storage | 26 virtual and 8 physical servers, two storage arrays, ERP and warehouse-management servers; monitoring, patching, capacity | 24x7 monitoring |
| Network | Core and access switches, Wi-Fi in plants and cold store, firewalls, two internet links, site VPN to the sales office | 24x7 monitoring |
| Backup and recovery | Daily backups of all servers, weekly off-site copies, quarterly restore tests | Daily |
| Security operations | Antivirus console, patch compliance, firewall rule reviews, vulnerability scans each quarter | Business hours, urgent 24x7 |

## Schedule 2 - Service Levels and Service Credits

| Item | Target | Service Credit |
|---|---|---|
| Priority 1 incident (ERP, warehouse system, cold-store monitoring or internet down for a site): response | 30 minutes, 24x7 | CNY 1,500 per hour or part of an hour late |
| Priority 1 incident: restoration | 6 hours | CNY 2,000 per hour late |
| Priority 2 incident (a department or function affected): response | 2 hours | CNY 500 per hour late |
| Priority 3 request: response | 1 business day | none |
| Availability of ERP and warehouse-management servers | 99.95% per month | 5% of the monthly charge per 0.1 point below target |
| Critical security patches | applied within 7 days of release | CNY 1,000 per week late |
| Monthly service report | by the 5th business day | CNY 500 per day late |

## Schedule 3 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | After Transition Acceptance | 64,000 |
| Monthly service charge | CNY 58,000 per month x 36 months | 2,088,000 |
| **Total Charges for the Term** | | **2,152,000** |
| Additional work by change order | CNY 1,600 per engineer day | not included |

All Charges are in CNY and include VAT.
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings + numbered clauses)
H709E05 = """MARINE WEATHER DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. DMD-QD-2026-12

PARTIES

Qingdao Yuanhang Shipping Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at No. 88 Xianggang Middle Road, Shinan District, Qingdao, Shandong Province ("Customer").

PT Doreri Marine Data, a company incorporated in Indonesia, with its registered office at Jalan Yos Sudarso No. 5, Manokwari, West Papua ("Provider").

BACKGROUND

The Customer operates a fleet of 32 bulk carriers and container feeder vessels in the Western Pacific and Indian Ocean. The Provider produces marine weather forecasts, sea-state and current data and route weather advisories from its own models and licensed observations. The Customer wishes to receive these data through the Provider's application programming interface (API) for its fleet operations centre and voyage-planning system.

1. DEFINITIONS

1.1 "Data" means the forecasts, analyses, observations, advisories and other data made available by the Provider through the API or the web portal.

1.2 "API" means the Provider's MarineCast REST API, version 3, and any successor version.

1.3 "Subscription Year" means each period of 365 days starting on the Service Start Date or its anniversary. The Subscription Term consists of two Subscription Years.

1.4 "Service Start Date" means the day after the Customer confirms Integration Acceptance under clause 5.

1.5 "Customer Inputs" means vessel positions, planned routes, voyage schedules, fuel data and any other information the Customer or its vessels send to the Provider through the API or otherwise.

2. SUBSCRIPTION

2.1 The Provider grants the Customer, for the Subscription Term, a non-exclusive, non-transferable right to access the API and the portal and to use the Data within the Customer's group for its own shipping operations, including display to the masters and officers of its vessels.

2.2 The subscription covers: global marine weather forecasts at 0.1-degree resolution, updated every six hours, up to ten days ahead; wave, swell and current data; tropical cyclone tracks and warnings; route weather advisories for up to 32 vessels; and up to 3,000,000 API calls per Subscription Year.

2.3 The Customer shall not resell the Data or make it available to third parties other than its charterers and agents for a specific voyage.

2.4 The Provider may improve or change the Data products and the API from time to time, provided that the scope described in clause 2.2 is not reduced and the Customer receives at least 30 days' notice of any change that requires work on its side.

3. INTEGRATION SERVICES

3.1 The Provider shall build adapters that load the Data into the Customer's voyage-planning system and fleet dashboard, set up the Customer's accounts and API keys, and train the Customer's operations staff.

3.2 The Provider shall complete the integration services and request Integration Acceptance within 45 days after signature (the "Integration Date").

3.3 During the Subscription Term, the Provider shall give second-line technical support to the Customer's IT team for the API and the adapters, and shall announce any new API version at least 90 days before an older version is withdrawn, with migration notes and a test endpoint.

4. FEES AND PAYMENT

4.1 The fees are:

  Subscription fee, Subscription Year 1 .......... CNY 356,000
  Subscription fee, Subscription Year 2 .......... CNY 356,000
  Integration services (one-time) ................ CNY 38,000
  Total Contract Value ........................... CNY 750,000

4.2 API calls above the annual allowance are charged at CNY 60 per 10,000 calls, invoiced at the end of each Subscription Year. Such charges are not part of the Total Contract Value.

4.3 The subscription fee for each Subscription Year is invoiced in two equal half-yearly instalments of CNY 178,000, each at the start of the half-year to which it relates. The integration fee is invoiced after Integration Acceptance.

4.4 Invoices are payable within 30 days after receipt of a correct VAT invoice. All fees are in CNY and include VAT.

5. INTEGRATION ACCEPTANCE

5.1 Integration Acceptance requires that: (a) the adapters have loaded forecast updates into the voyage-planning system for seven consecutive days without a missed cycle; (b) Data in the Customer's systems match the Provider's portal for twenty sample points checked by the Customer; (c) cyclone warnings reach the fleet dashboard within ten minutes of issue in two tests; and (d) at least 16 of the Customer's operations staff have been trained.

5.2 The Customer shall confirm Integration Acceptance in writing within five business days after the Provider's request or state which criteria are not met. Use of the Data during testing is not acceptance.

5.3 If the Provider does not achieve Integration Acceptance by the Integration Date for reasons attributable to it, the Provider shall pay the Customer CNY 700 for each day of delay.

6. SERVICE LEVELS

6.1 The Provider shall make the API available at least 99.5% of the time in each calendar month, excluding scheduled maintenance notified at least three days in advance and lasting no more than two hours per month.

6.2 Forecast updates shall be available through the API within 90 minutes after each model cycle.

6.3 Incidents are handled as follows. Priority 1 (API unavailable, or forecasts not updated for more than one cycle): response within 1 hour, 24x7, with updates every hour until restored. Priority 2 (degraded performance or missing parameters): response within 3 hours. Priority 3 (questions and other issues): response within one business day.

6.4 If monthly availability falls below the level in clause 6.1, the Customer receives a service credit of 5% of the monthly equivalent of the subscription fee for each 0.5 percentage point of shortfall, up to 50% of that amount. If a Priority 1 response is more than one hour late, the Customer receives a credit of CNY 1,000. Credits are deducted from the next invoice.

7. DATA AND SECURITY

7.1 The Customer owns the Customer Inputs. The Provider owns the Data and its models.

7.2 The Customer grants the Provider a non-exclusive, perpetual, royalty-free licence to use Customer Inputs, including vessel positions and observed weather reported by the Customer's vessels, in anonymised or aggregated form to improve the Provider's models, to verify forecasts and to develop and market the Provider's products and services. This licence survives the end of this Agreement.

7.3 The Provider shall protect Customer Inputs with appropriate technical and organisational measures, including encryption in transit and at rest, API keys with restricted scopes, access logging and access only by authorised staff. The Provider shall store Customer Inputs on servers located in mainland China operated by its hosting provider in Qingdao.

7.4 The Provider shall notify the Customer within 24 hours of any security incident affecting Customer Inputs, take immediate steps to contain it, and be liable for the Customer's losses caused by the Provider's breach of this clause 7.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public business and technical information received under this Agreement, including the Customer's fleet schedules, routes and commercial terms, and shall not disclose it to third parties without prior written consent, except as required by law.

8.2 This obligation continues for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 The Provider keeps all rights in the API, the Data, its models and its portal.

9.2 The adapters and configuration developed by the Provider for the Customer under clause 3 belong to the Customer, which may use, modify and have them maintained by third parties. The Provider shall deliver their source code at Integration Acceptance.

10. LIABILITY

10.1 The Data are forecasts and the masters of the Customer's vessels remain responsible for navigation decisions.

10.2 Each party's total liability under this Agreement is limited to 200% of the Total Contract Value. This limit does not apply to wilful misconduct, breach of clause 7 or clause 8, or personal injury.

11. SUBCONTRACTING

11.1 The Provider shall not subcontract the performance of this Agreement, other than hosting by the hosting provider named in clause 7.3, without the Customer's prior written consent. The Provider remains responsible for its subcontractors.

12. TERM AND TERMINATION

12.1 This Agreement starts on signature and ends at the end of the second Subscription Year. It does not renew automatically; any further subscription requires a new written agreement.

12.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.3 If the Customer terminates under clause 12.2, the Provider shall refund the fees paid for the period after termination.

12.4 On expiry or termination, the Customer may keep and continue to use Data received before that date for its internal records and claims handling.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The arbitral award is final and binding.

14. GENERAL

14.1 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.

14.2 Notices shall be sent to the addresses above or to the email addresses designated by the parties.

Signed for the Customer: ____________________   Date: __________

Signed for the Provider: ____________________   Date: __________
"""

# ================================================================ files
TEXT_FILES = {  # key -> (file name, source)
    "h709z03": ("h709z03_dental_chain_booking_membership_saas.txt", H709Z03),
    "h709z04": ("h709z04_cemetery_management_system_om_service.txt", H709Z04),
    "h709z05": ("h709z05_flute_factory_tracking_software_supplier_template.md", H709Z05),
    "h709e02": ("h709e02_maintenance_saas_order_form_balikpapan_vendor.md", H709E02),
    "h709e04": ("h709e04_managed_it_services_36_months_ternate_vendor.md", H709E04),
    "h709e05": ("h709e05_marine_weather_api_subscription_manokwari_vendor.txt", H709E05),
}
SOURCES = {"h709z01": H709Z01, "h709z02": H709Z02, "h709e01": H709E01, "h709e03": H709E03}
TARGETS = {"h709z01": ("h709z01_tourist_hub_ticketing_dispatch_platform.pdf", "pdf"),
           "h709z02": ("h709z02_drum_factory_line_control_retrofit.docx", "docx"),
           "h709e01": ("h709e01_timber_traceability_licence_samarinda_vendor.pdf", "pdf"),
           "h709e03": ("h709e03_water_quality_sensors_monitoring_licence.docx", "docx")}
NAMES = {k: v[0] for k, v in TEXT_FILES.items()} | {k: v[0] for k, v in TARGETS.items()}

# ================================================================ labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent",
             "governing_law", "contract_kind"]
OK = dict(sla_remedy=True, ip_owner="buyer", data_security_clause=True, buyer_owns_data=True, confidentiality=True,
          acceptance_clause=True, auto_renewal_price_increase=False, termination_for_breach=True,
          subcontract_without_consent=False, governing_law="PRC")


def label(key, lang, category, kind, value, terms, sla_clause=True, ld_stated=True, capped=None, deemed=False):
    t = dict(OK) | terms | {"contract_kind": kind}
    assert set(t) == set(TERM_KEYS), set(TERM_KEYS) ^ set(t)
    extra = {"sla_clause": sla_clause, "ld_stated": ld_stated}
    if kind == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra |= {"acceptance_deemed_on_delivery": deemed, "contract_value": value}
    return {"file": NAMES[key], "language": lang, "category": category,
            "expected_terms": {k: t[k] for k in TERM_KEYS}, "expected_extra": extra}


SVC = dict(final_payment_on_acceptance=None, warranty_months=None, post_warranty_fee_pct=None)
LABELS = {
    "h709z01": label("h709z01", "zh", "software", "goods_or_licence", 2130000, dict(
        availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.03, liability_cap_pct=None,
        prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
        subcontract_without_consent=True), capped=True),
    "h709z02": label("h709z02", "zh", "hardware", "goods_or_licence", 1980000, dict(
        availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=50,
        prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=6),
        capped=True),
    "h709z03": label("h709z03", "zh", "cloud", "service", 760000, SVC | dict(
        availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, data_security_clause=False,
        ld_rate_per_day_pct=0.1, liability_cap_pct=None, prepayment_pct=None, auto_renewal_price_increase=True)),
    "h709z04": label("h709z04", "zh", "services", "service", 386400, SVC | dict(
        availability_pct=99.98, p1_response_hours=0.25, ld_rate_per_day_pct=0.2, liability_cap_pct=None,
        prepayment_pct=None)),
    "h709z05": label("h709z05", "zh", "software", "goods_or_licence", 740000, dict(
        availability_pct=None, p1_response_hours=None, sla_remedy=False, ip_owner="supplier",
        buyer_owns_data=False, ld_rate_per_day_pct=None, liability_cap_pct=None, prepayment_pct=65,
        acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=24,
        subcontract_without_consent=None), sla_clause=False, ld_stated=False, capped=True, deemed=True),
    "h709e01": label("h709e01", "en", "software", "goods_or_licence", 1810000, dict(
        availability_pct=None, p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
        prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=10,
        governing_law="Indonesia"), capped=True),
    "h709e02": label("h709e02", "en", "cloud", "service", 602000, SVC | dict(
        availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=500 / 602000 * 100,
        liability_cap_pct=6 / 24 * 100, prepayment_pct=None, auto_renewal_price_increase=True,
        subcontract_without_consent=True)),
    "h709e03": label("h709e03", "en", "hardware", "goods_or_licence", 1580000, dict(
        availability_pct=99.95, p1_response_hours=2, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
        prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7),
        capped=True),
    "h709e04": label("h709e04", "en", "services", "service", 2152000, SVC | dict(
        availability_pct=99.95, p1_response_hours=0.5, confidentiality=False,
        ld_rate_per_day_pct=2000 / 2152000 * 100, liability_cap_pct=150, prepayment_pct=None,
        termination_for_breach=False)),
    "h709e05": label("h709e05", "en", "cloud", "service", 750000, SVC | dict(
        availability_pct=99.5, p1_response_hours=1, buyer_owns_data=False, ld_rate_per_day_pct=700 / 750000 * 100,
        liability_cap_pct=200, prepayment_pct=None)),
}
# TCO inputs for goods_or_licence drafts: fee base = itemised licence / hardware subtotal
FEE_BASE = {"h709z01": 1120000, "h709z02": 1684000, "h709z05": 560000, "h709e01": 1260000, "h709e03": 1435200}

DESIGN = {
    "h709z01": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h709z02": ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"],
    "h709z03": ["CR-AUTO-RENEWAL", "CR-DATA-SECURITY", "CR-SLA-NO-REMEDY"],
    "h709z04": [],
    "h709z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
                "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h709e01": ["CR-GOVERNING-LAW"],
    "h709e02": ["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "h709e03": [],
    "h709e04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "h709e05": ["CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
}
RISK = {"h709z01": "medium", "h709z02": "medium", "h709z03": "high", "h709z04": "low", "h709z05": "high",
        "h709e01": "low", "h709e02": "medium", "h709e03": "low", "h709e04": "medium", "h709e05": "medium"}
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}

# policy thresholds (§3 defaults)
AVAIL, P1H, LD, CAP, PREPAY, WARR, PWF, TCO_SHARE, HORIZON = 99.9, 4, 0.05, 100, 30, 12, 15, 40, 5


def tco_share(key):
    t, v = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]["contract_value"]
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, HORIZON - t["warranty_months"] / 12)
    fees = FEE_BASE[key] * t["post_warranty_fee_pct"] / 100 * years
    return fees / (v + fees) * 100


def derive(key):
    """Rules from the labels, with this folder's reading of policy §3."""
    t, x = LABELS[key]["expected_terms"], LABELS[key]["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < AVAIL:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > P1H:
        r.add("CR-SLA-RESPONSE")  # "above 4 hours, or unstated": also when no SLA exists
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
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < LD:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < CAP:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > PREPAY:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < WARR:
            r.add("CR-WARRANTY")
        pwf = t["post_warranty_fee_pct"]
        if pwf is None or not x["post_warranty_fee_capped"] or pwf > PWF:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key)
        if s is not None and s > TCO_SHARE:
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


# ================================================================ threshold scan
N = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|percent|per\s*cent)"
THRESHOLD_PATTERNS = [
    N + r"99\.9(?![\d])", r"九十九点九(?![一二三四五六七八九])",
    N + r"4\s*(?:-\s*)?(?:hours?|hrs?\b|h\b|小时|个小时)", r"(?<![十二三四五六七八九百])四\s*(?:个)?小时", r"\bfour\s*(?:-\s*)?hours?\b",
    N + r"0\.05(?!\d)", r"万分之五(?![十一二三四五六七八九])", r"千分之零点五", r"0\.5\s*‰",
    N + r"100" + PCT, r"百分之(?:一)?百", r"one\s*hundred\s*per\s*cent|one\s*hundred\s*percent",
    N + r"30" + PCT, r"百分之三十(?![一二三四五六七八九点])", r"\bthirty\s*per\s*cent|\bthirty\s*percent",
    N + r"15" + PCT, r"百分之十五(?![点])", r"\bfifteen\s*per\s*cent|\bfifteen\s*percent",
    N + r"40" + PCT, r"百分之四十(?![一二三四五六七八九点])", r"\bforty\s*per\s*cent|\bforty\s*percent",
    N + r"12\s*(?:-\s*)?(?:个月|months?\b|months?)", r"(?<![一二三四五六七八九])十二个月", r"\btwelve\s*(?:-\s*)?months?",
]
THRESHOLD_RE = re.compile("|".join("(?:%s)" % p for p in THRESHOLD_PATTERNS), re.I)
MUST_HIT = ["不低于99.9%", "99.9 %", "4小时内响应", "四小时", "within 4 hours", "a 4-hour response", "four hours",
            "0.05%", "万分之五", "100%", "100 percent", "百分之百", "30%", "30 %", "百分之三十", "15%", "百分之十五",
            "40%", "百分之四十", "12个月", "十二个月", "12 months", "12-month", "twelve months", "Twelve Months"]
MUST_MISS = ["99.95%", "99.98%", "99.5%", "24小时", "24 hours", "14 hours", "0.5小时", "0.1%", "万分之三",
             "万分之二", "10%", "35%", "45%", "130%", "115%", "150%", "200%", "1,500", "24 months", "36 months",
             "二十四个月", "三十六个月", "412 months", "4G gateway", "百分之三十五", "百分之四十五", "百分之十五点五",
             "0.08%", "2,130,000"]


def scan_self_test():
    for s in MUST_HIT:
        assert THRESHOLD_RE.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESHOLD_RE.search(s), ("must miss", s, THRESHOLD_RE.search(s))


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
        return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s", "", text)) if lang == "zh" else len(text.split())


def check_label_values():
    for key, lab in LABELS.items():
        t = lab["expected_terms"]
        for k, thr in [("availability_pct", AVAIL), ("p1_response_hours", P1H), ("ld_rate_per_day_pct", LD),
                       ("liability_cap_pct", CAP), ("prepayment_pct", PREPAY), ("warranty_months", WARR),
                       ("post_warranty_fee_pct", PWF)]:
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k, t[k])
        s = tco_share(key)
        assert s is None or abs(s - TCO_SHARE) > 2, (key, s)


def check_sums():
    assert 1120000 + 846000 + 138000 + 26000 == 2130000
    assert 356000 + 708000 + 228000 + 128000 + 264000 == 1684000 and 6 * 118000 == 708000 and 24 * 9500 == 228000
    assert 1684000 + 156000 + 118000 + 22000 == 1980000 and round(1684000 * 0.06) == 101040
    assert 45 * 6800 == 306000 and 2 * 306000 + 148000 == 760000 and 306000 / 4 == 76500
    assert 4 * 96600 == 386400
    assert 560000 + 148000 + 32000 == 740000 and 740000 * 0.65 == 481000 and 740000 - 481000 == 259000
    assert round(560000 * 0.24) == 134400
    assert 1260000 + 420000 + 96000 + 34000 == 1810000 and 1260000 * 0.10 == 126000
    assert 8 * 64500 == 516000 and 516000 + 86000 == 602000
    assert 36 * 21500 == 774000 and 60 * 3800 == 228000 and 12 * 9600 == 115200
    assert 774000 + 228000 + 115200 + 318000 == 1435200 and 1435200 + 126000 + 18800 == 1580000
    assert round(1435200 * 0.07) == 100464
    assert 36 * 58000 == 2088000 and 2088000 + 64000 == 2152000
    assert 2 * 356000 + 38000 == 750000 and 356000 / 2 == 178000
    assert 10 + 35 + 45 + 10 == 100 and 20 + 45 + 35 == 100 and 10 + 55 + 35 == 100 and 65 + 35 == 100


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for key, (name, text) in TEXT_FILES.items():
        (OUT / name).write_text(text, encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)

    check_sums()
    check_label_values()
    scan_self_test()
    covered = set()
    for key in LABELS:
        rules = derive(key)
        assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
        sev = {SEVERITY[r] for r in rules}
        risk = "high" if "high" in sev else "medium" if "medium" in sev else "low"
        assert risk == RISK[key], (key, risk)
        covered |= set(rules)
        lab = dict(LABELS[key]) | {"expected_rules": rules}
        (OUT / (Path(NAMES[key]).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1),
                                                             encoding="utf-8")
    assert covered == set(SEVERITY), set(SEVERITY) - covered
    n_find = [len(derive(k)) for k in LABELS]
    assert sum(1 for n in n_find if n == 0) == 2 and derive("h709e01") == ["CR-GOVERNING-LAW"]
    assert 8 <= len(derive("h709z05")) <= 10 and sum(1 for n in n_find if 2 <= n <= 3) == 6

    for key in LABELS:
        path = OUT / NAMES[key]
        lang = LABELS[key]["language"]
        text = read_back(path)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s", "", text)):
            m = THRESHOLD_RE.search(variant)
            assert not m, (path.name, m.group(0), variant[max(0, m.start() - 30):m.end() + 30])
        s = tco_share(key)
        print(f"{path.name}: {n} {'chars' if lang == 'zh' else 'words'}; rules {derive(key)}; risk {RISK[key]}"
              + (f"; TCO share {s:.2f} %" if s is not None else ""))
        assert lo <= n <= hi, (path.name, n)
    print("all checks passed")
