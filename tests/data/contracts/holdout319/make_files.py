"""holdout319: writes ten ordinary draft contracts (5 zh, 5 en), their .json labels, and checks them.

Run from this folder: /work/main/.venv/bin/python -B make_files.py
Builds .docx / .pdf with ../word_pdf.py write(..., wrap_words=True); .txt / .md are written as is. Reads every built
file back, asserts the text lengths, scans for threshold figures, derives the expected rules from the labels with a
reading of policy.md section 3 and checks them against the rules declared per contract.
"""
import sys
sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1, buyer's paper, compliant)
Z01 = """
T:临江市殡葬服务监管平台建设项目政府采购合同
P:合同编号：LJMZ-2025-ZFCG-017　　采购方式：公开招标　　项目编号：LJCG2025-GK-0342
P:采购人（甲方）：临江市民政局　　地址：临江市滨湖区政务服务中心东楼6层
P:供应商（乙方）：江苏云栖数安信息技术有限公司　　地址：南京市雨花台区软件大道118号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就临江市殡葬服务监管平台建设项目达成如下合同条款，共同遵守。招标文件、投标文件、澄清及承诺文件均为本合同组成部分。
H:第一条 项目内容
P:1.1 乙方负责建设临江市殡葬服务监管平台，覆盖全市3家殡仪馆、11处经营性公墓、46家殡葬服务机构及各县区民政部门，主要功能包括：殡葬服务机构备案与年检、遗体接运全程追踪、火化信息登记与火化证明核验、惠民殡葬补贴在线核发、公墓墓穴与骨灰存放管理、殡葬服务价格公示及投诉处理、监管驾驶舱。
P:1.2 平台部署于临江市政务云，与市公安人口库、卫健死亡医学证明系统、医保及社保待遇核查系统完成数据对接。
P:1.3 详细功能及性能指标以招标文件第三章《采购需求》及乙方投标文件技术响应表为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾伍万捌仟元整（¥2,258,000），为固定总价，包含软件许可、开发、部署、数据对接、培训、税费及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|殡葬监管平台软件许可（永久，不限用户数）|820,000
TB:2|定制开发（接运追踪、补贴核发、公墓管理、驾驶舱）|1,060,000
TB:3|数据对接与历史数据迁移|214,000
TB:4|部署实施|126,000
TB:5|培训|38,000
TB:合计||2,258,000
P:2.2 除本合同另有约定外，甲方不再向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，即¥451,600。
P:3.2 平台通过初验后15个工作日内，甲方支付合同总价的45%，即¥1,016,100。
P:3.3 平台通过终验后15个工作日内，甲方支付合同总价的35%，即¥790,300。
P:3.4 资金按财政国库集中支付程序拨付，乙方应配合提交所需材料。
H:第四条 实施进度
P:4.1 乙方应于合同签订后90日内完成部署并提交初验申请，初验后试运行60日，试运行结束后15日内提交终验申请。
P:4.2 每逾期一日，乙方按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%；逾期超过60日的，甲方有权解除合同。
H:第五条 验收
P:5.1 初验标准：全部功能点按需求逐项测试通过；与公安、卫健、医保接口连续10个工作日数据交换无差错；历史火化记录迁移后经甲方逐条比对一致；300个并发用户下页面响应不超过3秒。
P:5.2 终验标准：试运行期间无一级故障；第三方机构出具的网络安全等级保护三级测评报告及商用密码应用安全性评估报告均为符合；项目文档及源代码齐全并移交。
P:5.3 甲方在收到验收申请后10个工作日内组织验收并出具书面意见。平台上线、甲方使用或支付部分款项，均不视为验收合格。
H:第六条 质量保证与技术服务
P:6.1 质保期为三十六个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及7×24小时技术支持。
P:6.2 平台月可用率不低于99.95%。故障分级：一级故障（平台整体不可用或补贴核发中断）乙方应在30分钟内响应、2小时内到场；二级故障2小时内响应、次日解决；三级故障纳入版本计划。
P:6.3 一级故障响应每超时1小时，甲方从质保金或应付款中扣除¥1,000；月可用率每低于承诺值0.01个百分点，扣除¥2,000。
P:6.4 质保期满后，甲方可选择购买年度运维服务，年费不超过平台软件许可费的10%（即每年不超过¥82,000），质保期满后三个年度内不上调。运维合同按年度签订，不自动续期。
H:第七条 知识产权
P:7.1 乙方保证其提供的软件不侵犯第三方知识产权。
P:7.2 本项目定制开发的程序、源代码、数据库设计及文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和部署。平台通用软件的著作权仍属乙方，甲方享有永久使用许可。
H:第八条 数据安全
P:8.1 平台内的逝者信息、家属信息、补贴发放记录等全部数据属于甲方所有，乙方仅为履行本合同使用，不得用于其他任何目的。
P:8.2 乙方应落实数据分类分级、访问控制、加密存储和操作审计，运维人员须经甲方审批后通过堡垒机访问，不得将数据复制至政务云以外。
P:8.3 发生或可能发生数据泄露的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因导致数据泄露、篡改或丢失的，乙方承担全部法律责任及赔偿责任。
H:第九条 保密
P:9.1 乙方对履行合同中知悉的甲方工作秘密、个人信息及其他非公开信息负有保密义务，未经甲方书面同意不得向第三方披露，保密义务不因合同终止而解除。
H:第十条 分包与转让
P:10.1 本项目不允许分包，乙方不得将合同全部或部分转包。
H:第十一条 合同解除
P:11.1 乙方严重违约，经甲方书面通知后15日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十二条 法律适用与争议解决
P:12.1 本合同适用中华人民共和国法律。
P:12.2 争议由双方协商解决；协商不成的，提交临江仲裁委员会仲裁。
H:第十三条 项目管理与人员
P:13.1 乙方应指定具有信息系统项目管理师资格的项目经理一名，自合同签订至终验期间常驻临江，负责需求确认、进度控制和质量管理。项目经理及核心开发人员与投标文件一致，确需更换的，应提前10日书面征得甲方同意，且替换人员资历不低于原人员。
P:13.2 乙方应每周提交项目周报，每月参加甲方组织的项目例会，如实报告进度偏差及风险。
P:13.3 乙方人员进入甲方办公场所及政务云机房，应遵守甲方安全保密和机房管理制度。
H:第十四条 培训与文档
P:14.1 乙方应为市、县两级民政部门及殡葬服务机构的管理员和操作员提供集中培训不少于4场、现场指导不少于20人日，并提供操作手册和培训视频。
P:14.2 乙方应在终验前移交需求规格说明书、概要设计、详细设计、数据库设计、接口文档、部署手册、运维手册、测试报告及全部源代码，文档应与实际系统一致。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥112,900），可采用银行保函形式。终验合格后10个工作日内，甲方无息退还。乙方违约的，甲方有权从履约保证金中扣除相应违约金及赔偿款。
H:第十六条 不可抗力
P:16.1 因不可抗力不能履行合同的，受影响方应在3日内书面通知对方，并在15日内提供证明。不可抗力持续超过30日的，双方可协商变更或解除合同。
H:第十七条 其他
P:17.1 双方通知以书面形式送达本合同首部所列地址，一方地址变更应及时通知对方。
P:17.2 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：临江市民政局　　　　乙方（盖章）：江苏云栖数安信息技术有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
Z02 = """
T:吹灌旋一体机控制系统改造合同
P:合同编号：BXQ-SB-2025-061
P:甲方（买方）：白溪泉饮品有限公司　　地址：吉林省靖宇县矿泉工业园区3号
P:乙方（卖方）：沈阳德衡自动化工程有限公司　　地址：沈阳市浑南区创新路77号
P:鉴于甲方二号灌装车间的吹瓶、灌装、旋盖一体机（以下简称"一体机"）控制系统老化，停机频繁，甲方经比选确定由乙方实施控制系统改造。双方经协商，订立本合同。
H:一、改造范围
P:（一）更换一体机原有PLC控制器、I/O模块及伺服驱动系统，新增人机界面（HMI）及瓶坯、瓶盖视觉检测系统；
P:（二）重新编写吹瓶温控、灌装液位、旋盖扭矩控制程序，实现与甲方MES系统的生产数据对接；
P:（三）完成现场安装、接线、调试及操作、维修人员培训；
P:（四）改造后一体机产能不低于每小时24,000瓶（550ml规格），停机换型时间不超过40分钟。
H:二、合同价款
P:（一）本合同总价为人民币壹佰陆拾玖万元整（¥1,690,000），含税、运输、保险及安装调试费用。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制器及I/O模块|1套|486,000
TB:2|伺服驱动器及伺服电机|1套（共38轴）|612,000
TB:3|HMI触摸屏|2台|64,000
TB:4|视觉检测系统（瓶坯、瓶盖）|2套|238,000
TB:5|控制软件及组态软件许可|1套|120,000
TB:|硬件及软件小计||1,520,000
TB:6|设计与程序编写|1项|96,000
TB:7|安装调试|1项|58,000
TB:8|培训|1项|16,000
TB:|合计||1,690,000
P:（二）上述价格为固定价格，不因原材料或汇率变化调整。
P:（三）乙方提供的PLC、伺服系统、HMI及视觉检测设备均应为原厂全新正品，并提供原厂合格证、产地证明及序列号清单；甲方有权向原厂核实。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款（¥169,000）；
P:（二）设备到货并完成安装调试后，甲方支付合同总价的50%（¥845,000），本期付款不代表甲方验收合格；
P:（三）终验合格后，甲方支付合同总价的35%（¥591,500）；
P:（四）其余5%（¥84,500）作为质量保证金，质保期满且无质量争议后10个工作日内无息支付。
H:四、工期
P:（一）乙方应在合同生效后75日内完成设备到货，利用甲方安排的停产检修窗口（不超过12日）完成安装调试。
P:（二）乙方应在合同生效后10日内提交详细实施方案，包括停机切换步骤、回退方案、旧控制柜拆除及新柜安装顺序，经甲方生产部和设备部书面确认后执行。
P:（三）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一支付违约金，累计不超过合同总价的10%。
H:五、验收
P:（一）验收标准：连续72小时满负荷试生产，产能达到本合同第一条第（四）项要求；灌装液位偏差不超过±2mm，旋盖扭矩合格率不低于99.5%；视觉检测对缺陷瓶坯的剔除率不低于99%；与MES系统的产量、停机、报警数据一致。
P:（二）试生产结束后，甲方在7个工作日内组织终验，出具书面验收报告。设备到货、通电或甲方投入生产均不视为验收合格。
H:六、质量保证
P:（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费更换损坏部件并提供程序维护。
P:（二）故障分级及响应：一级故障（整线停机）乙方应在1小时内电话响应，6小时内工程师到场；二级故障（单机功能异常）3个工作日内修复，三级故障在下次定期巡检时处理。
P:（三）一级故障响应或到场每超时1小时，乙方向甲方支付¥1,500。
P:（四）乙方保证在本合同签订后八年内持续供应本项目所用PLC模块、伺服驱动器及视觉相机的备件或兼容替代件，备件价格不高于本合同单价。
P:（五）质保期内每季度乙方应对一体机控制系统进行一次预防性巡检，检查接线端子、伺服参数、程序版本和报警记录，并出具巡检报告。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年度为甲方提供维保服务，包括每季度预防性巡检、备件更换、程序优化和7×24小时远程支持。
P:（二）维保年费为硬件及软件小计的25%，即每年¥380,000，甲方按年度支付，该费率在维保服务期间保持不变。
P:（三）维保服务按年度签订，不自动续期。
H:八、知识产权
P:（一）本项目编写的PLC程序、HMI画面及其源文件、接口程序归甲方所有，甲方可自行修改或交由第三方维护。
P:（二）第三方组态软件按原厂许可条款授权甲方永久使用。
H:九、数据安全与保密
P:（一）一体机及MES系统中的生产数据、配方参数、质量记录属于甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方逐次批准，通过甲方提供的VPN接入并留存操作日志；乙方应采取必要的网络安全措施，防止病毒或恶意程序进入甲方控制网络。因乙方原因造成数据泄露、生产中断或配方外泄的，乙方承担赔偿责任。
P:（三）双方对履行本合同知悉的对方技术信息和商业秘密负有保密义务，合同终止后仍然有效。
H:十、分包
P:（一）乙方可将现场电气配线、桥架安装等辅助工作交由其合作单位实施，但应在进场前书面告知甲方，乙方对合作单位的工作质量负责。
H:十一、违约责任
P:（一）乙方对本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失造成的损失除外。
P:（二）乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项。
H:十二、争议解决
P:（一）本合同适用中华人民共和国法律。
P:（二）因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院起诉。
H:十三、培训与技术资料
P:（一）乙方应对甲方操作人员、电气维修人员分别进行培训，其中操作培训不少于3天，维修培训不少于5天，培训内容包括设备操作、参数设定、故障诊断及程序备份恢复，培训后由乙方组织考核。
P:（二）乙方应在终验前向甲方提交电气原理图、接线图、I/O分配表、PLC及HMI程序备份与注释、设备说明书、备件清单及推荐备件数量，资料应为纸质版及电子版各一套。
H:十四、现场施工要求
P:（一）乙方进入甲方车间施工，应遵守甲方食品生产卫生管理规定，施工人员须穿戴洁净工作服、持健康证明，不得在灌装区域内饮食或吸烟。
P:（二）乙方应在停产检修窗口内完成拆旧和安装，施工结束后清洁现场，恢复车间洁净等级，并配合甲方完成设备清洗消毒和水质检测。
P:（三）乙方对施工期间其人员的人身安全负责，并应为施工人员购买意外伤害保险。
H:十五、不可抗力
P:（一）因不可抗力导致一方不能按期履行的，该方应及时通知对方并提供证明，履行期限相应顺延；不可抗力持续超过45日的，双方可协商解除合同。
H:十六、其他
P:（一）本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:（二）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（三）附件：设备技术规格表、改造实施方案、培训计划。
P:甲方（盖章）：白溪泉饮品有限公司　　　　乙方（盖章）：沈阳德衡自动化工程有限公司
P:授权代表：__________　　授权代表：__________
P:日期：2025年　月　日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）, SaaS)
Z03 = """快修坊门店订单及会员管理系统（SaaS）服务合同

合同编号：KXF-IT-2025-009

甲方：南京快修坊商业连锁有限公司
住所：南京市秦淮区中华路206号
乙方：杭州店掌柜云科技有限公司
住所：杭州市余杭区文一西路1500号

甲方在南京、镇江、扬州经营修鞋、配钥匙、皮具护理连锁门店共80家。为统一门店收银开单、取件通知及会员储值管理，甲方向乙方订购"店掌柜"门店订单及会员管理云服务，并委托乙方完成系统实施。经友好协商，双方签订本合同。

第一条 服务内容
（1）乙方通过其云平台向甲方提供以下服务：门店开单及取件管理、配钥匙计件、皮具护理工单、会员储值与积分、短信及微信取件提醒、总部经营报表、门店库存（鞋跟、鞋油、钥匙胚）管理。
（2）服务范围为甲方80家门店及总部，每店不超过3个收银账号，总部不超过20个管理账号。
（3）乙方负责实施服务，包括：门店基础资料配置、原有收银系统中约21万条会员及储值余额数据迁移、与甲方微信公众号及小程序对接、门店店长培训。

第二条 服务期限
（1）服务期为三个服务年度，自上线验收合格之日起计算。
（2）服务期满前30日，任何一方未书面提出不续订的，本合同自动续订一个服务年度，依此类推。续订时，乙方有权根据其届时公布的标准价格调整服务费，调整后的价格自续订服务年度起执行。

第三条 费用
（1）门店订阅费：每店每服务年度¥1,380，80家门店合计每服务年度¥110,400。
（2）总部管理模块订阅费：每服务年度¥36,000。
（3）以上订阅费合计每服务年度¥146,400，三个服务年度合计¥439,200。
（4）一次性实施费：¥58,000。
（5）本合同总金额为人民币肆拾玖万柒仟贰佰元整（¥497,200）。短信按实际发送条数另行结算，不计入本合同总金额。

第四条 付款
（1）实施费在上线验收合格后15个工作日内一次性支付。
（2）每个服务年度的订阅费，甲方在该服务年度开始后15个工作日内支付。
（3）乙方应在每次收款前开具增值税专用发票。本合同不设预付款。

第五条 实施与上线验收
（1）乙方应在合同签订后45日内完成全部门店上线。
（2）上线验收标准：80家门店均能正常开单、收银和打印取件单；迁移后的会员人数、储值余额与原系统逐店核对一致；小程序查询取件状态正常；高峰期单店开单响应时间不超过2秒。
（3）验收由甲方信息部组织，形成书面验收单。门店开始使用系统不视为验收合格。
（4）乙方未按期完成上线的，每逾期一日，向甲方支付违约金¥300。
（5）数据迁移前，乙方应与甲方共同制定迁移方案和核对规则；迁移完成后，乙方应提交逐店核对表，储值余额差异须查明原因并更正后方可上线。

第六条 服务水平
（1）平台月可用率不低于99.5%，计划内维护应安排在凌晨1点至6点之间并提前3日通知。
（2）故障分级：一级故障（全部或大部分门店无法开单收银）乙方应在30分钟内响应，3小时内恢复；二级故障（部分功能异常）2小时内响应，当日解决；三级故障（咨询类）1个工作日内答复。
（3）服务补偿：月可用率每低于承诺值0.5个百分点，乙方按当月对应订阅费的5%给予服务抵扣；一级故障超过恢复时限的，每超出1小时抵扣¥500。
（4）乙方应每月5日前向甲方发送上月服务报告，列明可用率、故障记录、工单处理时长及应抵扣金额。
（5）乙方应提供400客服热线及在线客服，服务时间为每日8:00至22:00，与门店营业时间一致。

第七条 数据权属与使用
（1）甲方门店订单、会员信息、储值余额及交易记录归甲方所有。
（2）甲方同意，乙方可以在去除会员姓名和手机号等身份信息后，将甲方订单及会员消费数据用于行业分析、经营指数发布和产品功能改进，该等使用不需另行取得甲方同意，在合同终止后仍可继续。
（3）合同终止后30日内，乙方应按甲方要求导出全部数据并删除平台上的甲方数据。

第八条 数据安全
（1）乙方平台部署于境内云数据中心，并已通过网络安全等级保护三级备案。
（2）乙方应对会员手机号等个人信息加密存储，实行最小权限访问和操作日志留存，不得超出本合同约定范围处理个人信息。
（3）发生数据安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因导致数据泄露或丢失的，乙方承担赔偿责任及相应法律责任。

第九条 保密
双方对在合作中获知的对方商业信息、价格及技术资料负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后继续有效。

第十条 知识产权
（1）乙方平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方定制开发的报表模板、小程序页面及接口程序，知识产权归甲方所有，甲方可自行修改或交由第三方使用。

第十一条 转包与分包
未经甲方书面同意，乙方不得将本合同项下的服务转包或分包给第三方。

第十二条 责任限制
乙方在本合同项下的累计赔偿责任以本合同总金额的1.5倍为限，但因乙方故意、重大过失或违反第八条造成的损失除外。

第十三条 合同解除
（1）任何一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。
（2）乙方连续两个月未达到第六条约定的可用率的，甲方有权解除本合同，乙方应退还未使用服务期的订阅费。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商不成的，任何一方可向甲方所在地人民法院起诉。

第十五条 项目人员与培训
（1）乙方应指定实施项目经理一名，负责上线期间的门店排期和问题跟踪；乙方实施顾问应分批到南京、镇江、扬州门店现场支持开业首日使用。
（2）乙方应为全部门店店长及收银员提供操作培训，培训可采用集中授课和线上视频相结合的方式，并提供操作手册和常见问题清单。
（3）服务期内，乙方应每季度与甲方召开一次服务回顾会，通报可用率、故障及工单处理情况，并听取门店使用意见。

第十六条 甲方义务
（1）甲方应按乙方要求提供门店清单、价格表、会员及储值原始数据，并指定专人配合数据核对。
（2）甲方应自行负责门店网络及收银电脑、小票打印机等终端设备的正常运行，并妥善保管系统账号和密码。
（3）甲方应按本合同约定按时支付费用。
（4）甲方新开门店需要开通系统的，按第三条单价按服务年度剩余月份折算计费；门店关闭的，自次一服务年度起相应减少订阅数量。

第十七条 不可抗力
因不可抗力或基础电信运营商网络大面积中断导致服务中断的，受影响方不承担违约责任，但应及时通知对方并尽力减少损失。该等中断时间不计入第六条可用率的考核范围。

第十八条 其他
（1）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（2）附件：门店清单、功能清单、实施计划。

甲方（盖章）：南京快修坊商业连锁有限公司
代表人签字：__________
乙方（盖章）：杭州店掌柜云科技有限公司
代表人签字：__________
签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1, 政府采购 运维)
Z04 = """兰溪市农产品质量安全追溯系统运维服务项目
政府采购合同

合同编号：LXNY-YW-2025-03
采购方式：竞争性磋商
采购人（甲方）：兰溪市农业农村局
地址：兰溪市丹溪大道68号
供应商（乙方）：金华禾信信息技术有限公司
地址：金华市婺城区双龙南街1088号

甲方通过竞争性磋商方式采购兰溪市农产品质量安全追溯系统运维服务，乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》、磋商文件、乙方响应文件及成交通知书，双方订立本合同。

1. 服务内容
1.1 乙方对甲方农产品质量安全追溯系统（含追溯管理平台、合格证开具小程序、快检数据采集终端接口、监管执法移动端）提供运维服务，服务对象覆盖全市16个乡镇（街道）、约1,900家生产经营主体及32个农残快检室。
1.2 服务内容包括：系统日常监控与故障处理、季度巡检与安全加固、操作系统及中间件补丁管理、数据备份与恢复演练、快检数据质量治理、主体信息维护支持、重大活动及节假日应急保障、用户培训及热线答疑。
1.3 乙方应开通运维服务热线，接听乡镇监管员、检测员和生产经营主体的使用咨询，受理记录按月汇总报甲方。
1.4 乙方派驻2名运维工程师在甲方指定地点驻场服务，工作日8:30至17:30在岗，其余时间提供电话及远程值守。

2. 服务期限
2.1 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
2.2 服务期满本合同终止，不自动续期；如需继续采购，甲方依法重新组织采购。

3. 合同金额
3.1 本合同总金额为人民币肆拾陆万捌仟元整（¥468,000），为固定总价，明细如下：
（1）驻场运维服务（2人）：¥264,000；
（2）巡检与安全加固：¥72,000；
（3）快检数据治理：¥86,000；
（4）应急保障与培训：¥46,000。
3.2 上述金额已包含人员、交通、工具及税费，甲方不再支付其他费用。

4. 付款方式
4.1 服务费按季度支付。每季度结束后，甲方依据第7条考核结果，在15个工作日内支付该季度服务费¥117,000，扣除应扣款项。
4.2 本合同不设预付款，资金按财政国库集中支付程序拨付。

5. 进场与交接
5.1 乙方应在合同签订后10日内完成驻场人员进场，并在进场后20日内完成与原运维单位的交接，提交系统现状评估报告及运维方案。
5.2 乙方逾期进场或逾期提交现状评估报告的，每逾期一日，按合同总金额的万分之三向甲方支付违约金。

6. 服务水平
6.1 追溯管理平台及合格证开具小程序月可用率不低于99.95%。
6.2 故障分级及时限：一级故障（平台或小程序整体不可用、合格证无法开具）15分钟内响应，2小时内恢复；二级故障（部分功能或部分乡镇数据中断）1小时内响应，8小时内恢复；三级故障2个工作日内处理完毕。
6.3 每季度完成一次全面巡检和漏洞扫描，高危漏洞在发现后3个工作日内完成修复。
6.4 每月进行一次数据备份恢复演练，演练记录报甲方备查。
6.5 春节、国庆及农产品集中上市期间，以及上级部门开展专项抽检或督查期间，乙方应安排专人值守，确保系统稳定运行。
6.6 乙方应每月向甲方提交运维月报，内容包括系统运行情况、故障及处理情况、安全事件、数据质量问题及改进建议。

7. 考核与验收
7.1 甲方按季度对乙方服务进行考核，考核内容包括可用率、故障处理时限、巡检及备份完成情况、用户满意度，考核结果书面确认。
7.2 一级故障响应每超时30分钟扣¥500；月可用率低于承诺值的，每低0.01个百分点扣¥1,000；季度考核不合格的，扣除当季度服务费的5%。
7.3 年度验收标准：全年月可用率均达到第6.1条要求；全部一级、二级故障均有完整处理记录；巡检、漏洞修复及备份演练按期完成；用户满意度调查得分不低于85分。
7.4 服务期满后15日内，乙方提交年度运维总结、运维文档及系统账号清单，经甲方书面确认后完成年度验收。

8. 数据安全
8.1 追溯系统内的生产经营主体信息、合格证数据、快检数据及执法记录属于甲方所有，乙方仅为履行本合同访问和处理，不得用于其他任何目的。
8.2 乙方运维人员须通过甲方堡垒机访问系统，不得私自下载、复制或向第三方提供数据；乙方应执行网络安全等级保护二级的各项管理要求。
8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，并配合调查处置；因乙方原因造成的，乙方承担全部责任。

9. 保密
乙方及其派驻人员对履行本合同知悉的工作秘密、监管信息和个人信息负有保密义务，派驻人员应签署保密承诺书。保密义务在合同终止后继续有效。

10. 知识产权
乙方在服务中编写的运维脚本、巡检报告、数据治理规则和技术文档归甲方所有。

11. 分包
本项目不得分包。乙方不得将本合同项下服务全部或部分转包给第三方。

12. 责任限制
乙方在本合同项下的累计赔偿责任（含违约金和扣款）不超过合同总金额的50%，但因乙方故意或重大过失、违反第8条造成的损失除外。

13. 合同解除
13.1 乙方连续两个季度考核不合格，或发生严重违约经甲方书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期间结算。
13.2 因政策调整或财政资金原因无法继续履行的，双方协商解除。

14. 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

15. 驻场人员管理
15.1 乙方驻场人员应具备本科以上学历及两年以上运维工作经验，名单及资质证明在进场前报甲方审核。
15.2 驻场人员应遵守甲方考勤、安全保密和机房管理制度，因故需请假或离岗的，应提前报告并由乙方安排具备同等能力的人员顶岗。
15.3 甲方认为驻场人员不能胜任的，有权要求乙方在5个工作日内更换。
15.4 乙方应为驻场人员缴纳社会保险，乙方与其人员之间的劳动关系及由此产生的纠纷与甲方无关。

16. 运维交接
16.1 服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的新运维单位完成交接，包括系统账号、配置文档、运维脚本、备份介质和未结问题清单。
16.2 交接期间乙方不得删除、修改系统配置或数据，不得以任何理由拒绝或拖延交接。

17. 不可抗力
因自然灾害、重大公共卫生事件等不可抗力导致不能履行的，受影响方应及时通知对方，并根据影响程度部分或全部免除责任。

18. 其他
18.1 本合同未尽事宜，按磋商文件、响应文件及相关法律法规执行。
18.2 本合同一式五份，甲方三份，乙方二份，经双方签字盖章后生效。

甲方（盖章）：兰溪市农业农村局
授权代表：__________
乙方（盖章）：金华禾信信息技术有限公司
授权代表：__________
日期：2025年　月　日
"""

# ---------------------------------------------------------------- z05 (md, "## 第X条" + 1.1, supplier's template)
Z05 = """# 易联ERP软件许可及实施服务合同

> 易联企云标准合同文本 V5.0（2024年修订）　合同编号：YLQY-HT-2025-0412

**甲方（用户）**：咸宁金桂坊食品有限公司
地址：湖北省咸宁市咸安区桂花镇工业园8号

**乙方（服务商）**：杭州易联企云软件有限公司
地址：杭州市西湖区文三路259号

甲方主营桂花糕、桂花酒酿及节令糕点的生产和销售，拟通过乙方的易联ERP实现财务、进销存、生产和质量追溯的一体化管理。乙方同意按本合同向甲方授予软件使用许可并提供实施服务。双方经协商一致，签订本合同。

## 第一条 定义

1.1 "许可软件"指乙方享有著作权的易联ERP标准版及本合同约定的功能模块。
1.2 "定制开发"指乙方根据甲方需求，在许可软件基础上开发的配方管理、批次追溯、保质期预警及经销商订货门户等功能。
1.3 "上线"指许可软件安装部署于甲方服务器并开通用户账号。

## 第二条 合同价款

2.1 本合同总价为人民币柒拾陆万元整（¥760,000），明细如下：

| 序号 | 项目 | 数量 | 金额（元） |
|---|---|---|---|
| 1 | 易联ERP标准模块许可（财务、进销存、生产、质量） | 50用户 | 360,000 |
| 2 | 定制开发（配方、批次追溯、保质期预警、经销商门户） | 1项 | 280,000 |
| 3 | 实施服务（调研、配置、上线支持） | 1项 | 96,000 |
| 4 | 基础数据初始化 | 1项 | 24,000 |
| | 合计 | | 760,000 |

2.2 以上价格不含甲方服务器、数据库及操作系统。
2.3 用户数超过50个的，甲方应按乙方当年价格另行购买用户许可。许可费一经支付，不因甲方减少用户或停止使用而退还。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的60%，即¥456,000。
3.2 系统上线后5个工作日内，甲方支付合同总价的35%，即¥266,000。
3.3 系统上线运行满三个月后，甲方支付剩余5%，即¥38,000。
3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付滞纳金，乙方并有权暂停实施和服务。

## 第四条 实施与交付

4.1 乙方在收到第3.1条款项后开始实施，计划实施周期为120日。
4.2 因甲方需求变更、数据准备不及时或甲方人员配合不到位导致的延期，乙方不承担责任，实施周期相应顺延。
4.3 乙方应在实施过程中向甲方提交需求确认书、系统配置说明、操作手册及上线切换方案。上线前，乙方负责将甲方整理完毕的基础数据导入系统，数据的准确性由甲方负责。
4.4 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

## 第五条 验收

5.1 许可软件及定制开发功能安装部署完成并开通用户账号，即视为甲方验收合格。
5.2 甲方如对系统功能有异议，应在上线后3日内书面提出，逾期未提出的，视为甲方认可全部交付内容。

## 第六条 免费维护期

6.1 乙方自系统上线之日起提供六个月的免费维护，内容为远程解答操作问题及修复软件缺陷。
6.2 免费维护期内，乙方将尽合理努力及时处理甲方提出的问题，具体处理时间视问题复杂程度而定。
6.3 乙方通过远程桌面、电话及在线工单系统提供维护服务，服务时间为工作日9:00至17:30。确需现场服务的，甲方应承担乙方人员的差旅费用。
6.4 因甲方操作不当、擅自修改系统或服务器环境变化导致的问题，不属于免费维护范围。

## 第七条 后续服务

7.1 免费维护期满后，甲方如需继续获得维护和升级服务，应与乙方签订年度服务协议。
7.2 年度服务费按乙方届时公布的服务价格标准计收。
7.3 甲方未购买年度服务的，乙方不再提供任何技术支持和版本升级。

## 第八条 知识产权

8.1 许可软件的著作权及其他知识产权归乙方所有，甲方获得在本公司内部使用的非独占、不可转让的许可。
8.2 定制开发形成的程序、源代码、报表及文档的知识产权均归乙方所有，乙方可将其用于其他客户。甲方仅享有使用权，不得修改、反编译或提供给第三方。
8.3 乙方保证许可软件不侵犯第三方的著作权或专利权；如因此引起第三方索赔，由乙方负责处理。

## 第九条 甲方数据

9.1 甲方录入系统的业务数据归甲方所有，乙方仅在实施和维护所需范围内接触和使用。

## 第十条 保密

10.1 双方对在合作过程中知悉的对方商业秘密和技术资料承担保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内继续有效。
10.2 甲方的桂花糕配方、工艺参数及经销商价格体系属于甲方商业秘密，乙方实施人员不得对外泄露。

## 第十一条 责任限制

11.1 乙方在本合同项下的全部赔偿责任（包括违约金）合计不超过合同总价的20%。
11.2 乙方不对甲方的间接损失、利润损失、数据丢失或业务中断承担责任。

## 第十二条 合同解除

12.1 一方严重违反本合同，经守约方书面通知后30日内未能纠正的，守约方有权书面通知解除本合同。
12.2 合同解除的，甲方已支付的许可费不予退还。
12.3 合同解除后，甲方应停止使用许可软件，乙方应向甲方提供其业务数据的导出文件。

## 第十三条 甲方配合义务

13.1 甲方应指定项目负责人及各业务部门关键用户，按乙方实施计划参加需求调研、方案确认和系统测试。
13.2 甲方应在乙方开始实施前准备好服务器、数据库、操作系统及网络环境，并按乙方提供的模板整理物料、配方、客户、供应商及期初库存等基础数据。
13.3 甲方应组织相关人员参加乙方提供的操作培训。培训以远程视频方式为主，现场培训不超过3天，超出部分按乙方人天单价另行计费。

## 第十四条 需求变更

14.1 需求确认书签署后，甲方提出的新增功能或修改要求，乙方评估工作量后另行报价，经双方书面确认后实施，实施周期相应顺延。
14.2 乙方人天单价为¥2,400/人天，差旅费用由甲方按实报销。

## 第十五条 不可抗力

15.1 因地震、洪水、疫情、政府行为等不可抗力导致不能履行的，受影响方不承担责任，但应及时通知对方。

## 第十六条 争议解决

16.1 本合同适用中华人民共和国法律。
16.2 因本合同引起的争议，双方应协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 第十七条 其他

17.1 本合同未尽事宜，由双方另行协商确定。
17.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：咸宁金桂坊食品有限公司　　授权代表：__________
乙方（盖章）：杭州易联企云软件有限公司　　授权代表：__________
签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
E01 = """
T:Software Licence and Services Agreement - Stencil Cutting Software
P:Agreement No. KPS-CN-2025-014
P:This Software Licence and Services Agreement (the "Agreement") is made between:
P:(1) Nantong Lanyin Fangzhi Blue Calico Studio Co., Ltd., a company established in the People's Republic of China, with its registered address at No. 26 Wenfeng Road, Chongchuan District, Nantong, Jiangsu Province (the "Customer"); and
P:(2) Kouloura Pattern Systems S.A., a company incorporated in Greece, with its registered office at the Old Harbour House, Nisida Kouloura, Kerkyra, Greece (the "Vendor").
P:Background: The Customer produces hand-printed blue calico textiles using paper and oiled-paper stencils cut by hand from traditional motifs. The Customer wishes to digitise its archive of motifs and to cut new stencils with software-controlled cutting plotters. The Vendor develops stencil design and cutting software. At the Customer's request, all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Licensed Software" means the Vendor's StencilForge software described in Article 2, in object code, including updates provided under this Agreement.
P:1.2 "Custom Deliverables" means the digitised motif files, the plotter profiles and the cutting templates prepared by the Vendor specifically for the Customer under this Agreement, with their source files.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 6 that the acceptance tests have been passed.
P:1.4 "Business Day" means a day on which banks are open for business in Nantong.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive and non-transferable licence to install and use the Licensed Software at the Customer's studio and workshops in Nantong for the number of seats stated in Article 3.
P:2.2 The Vendor shall integrate the Licensed Software with the Customer's two cutting plotters (models listed in Annex 1), including calibration for oiled paper and for the Customer's stencil card.
P:2.3 The Vendor shall digitise 420 motifs from the Customer's archive of historical stencils and rubbings, clean the outlines, add the bridges (ties) needed to keep the stencil in one piece, and deliver each motif as an editable vector file and as a ready-to-cut template.
P:2.4 The Vendor shall install the Licensed Software on the Customer's workstations and train up to ten members of the Customer's staff.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 550,000 (the "Contract Price"), inclusive of taxes, travel and all expenses, and is fixed. It is made up as follows:
TB:Item|Description|Quantity|Amount (CNY)
TB:1|StencilForge Designer perpetual licence|6 seats at 38,000|228,000
TB:2|StencilForge Cutter Control module perpetual licence|2 seats at 46,000|92,000
TB:3|Traditional Motif Library perpetual licence|1|54,000
TB:|Licence Subtotal||374,000
TB:4|Plotter integration and calibration|1 lot|62,000
TB:5|Digitisation of archive motifs|420 motifs at 210|88,200
TB:6|Installation and training|1 lot|25,800
TB:|Contract Price||550,000
P:3.2 No other fee, royalty or charge is payable for the licences, services and warranty described in this Agreement.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments against the Vendor's invoices: (a) 20 per cent, CNY 110,000, within twenty Business Days after signature of this Agreement; (b) 45 per cent, CNY 247,500, within twenty Business Days after the Vendor has installed the Licensed Software and integrated both plotters, as confirmed in an installation note; and (c) 35 per cent, CNY 192,500, within twenty Business Days after Final Acceptance.
P:4.2 The installation note under Article 4.1(b) confirms only that the work has been installed. It is not acceptance of the Licensed Software, the plotter integration or the Custom Deliverables.
H:Article 5 Delivery and Delay
P:5.1 The Vendor shall complete installation and plotter integration within sixty days after signature, and shall deliver all digitised motifs and request Final Acceptance within one hundred and twenty days after signature.
P:5.2 If the Vendor fails to meet either date for reasons attributable to it, the Vendor shall pay liquidated damages of 0.1 per cent of the Contract Price (CNY 550) for each day of delay, up to a maximum of ten per cent of the Contract Price. If the delay exceeds forty-five days, the Customer may also terminate this Agreement under Article 12.
H:Article 6 Acceptance
P:6.1 After delivery the Customer shall carry out acceptance tests within fifteen Business Days. The acceptance criteria are: (a) all six Designer seats and both Cutter Control seats are installed and operate with the licensed functions; (b) each of the 420 digitised motifs matches its source stencil within 0.3 mm when overlaid at full scale, with no missing bridges; (c) each plotter cuts twenty test stencils in oiled paper and twenty in stencil card without tearing or incomplete cuts; and (d) the user manual and the training records have been delivered.
P:6.2 If any criterion is not met, the Vendor shall correct the defect and the tests shall be repeated. Final Acceptance is given in writing by the Customer. Installation, use of the software in production, or payment of an instalment does not mean acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Licensed Software and the Custom Deliverables will conform to their documentation and to this Agreement for a warranty period of 24 months from Final Acceptance. During the warranty period the Vendor shall correct defects, supply updates and new versions, and provide support free of charge.
P:7.2 Support requests are classified as follows. Severity 1 means that a plotter cannot cut or the Designer software cannot open or save stencils; the Vendor shall respond within 2 hours during Business Days and provide a workaround or fix within two Business Days. Severity 2 means that a function is impaired but work can continue; response within 8 business hours and fix in the next update. Severity 3 covers questions and cosmetic issues.
P:7.3 For each full hour by which the Vendor exceeds the Severity 1 response time, the Vendor shall credit the Customer CNY 500, deducted from the next payment or paid on demand.
P:7.4 After the warranty period the Customer may order annual support, covering updates, new versions and the support levels of Article 7.2. The annual support fee is 11 per cent of the Licence Subtotal, that is CNY 41,140 per annum, and will not change during the first three support years. Afterwards it may be increased by no more than three per cent over the preceding fee. Annual support is ordered by purchase order and does not renew automatically.
H:Article 8 Intellectual Property
P:8.1 The Licensed Software and all intellectual property rights in it remain the property of the Vendor and its licensors.
P:8.2 The Custom Deliverables, including the digitised motifs, their vector source files, the plotter profiles and the cutting templates, belong to the Customer from their creation. The Customer may use, modify, reproduce and license them freely, including for use with other software. The traditional motifs themselves are the Customer's cultural heritage and the Vendor acquires no right in them.
H:Article 9 Customer Data and Data Security
P:9.1 The motif files, photographs of historical stencils, production records and any other data that the Customer provides or that are created for the Customer under this Agreement ("Customer Data") belong to the Customer. The Vendor may use Customer Data only to perform this Agreement.
P:9.2 The Vendor shall access the Customer's systems remotely only with the Customer's approval for each session, through the remote access tool chosen by the Customer, and shall keep a record of each session. The Vendor shall not copy Customer Data outside the Customer's systems except for the digitisation work, which shall be done on encrypted devices that are wiped after delivery.
P:9.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any loss, leakage or unauthorised access to Customer Data, shall take all measures needed to limit the damage, and shall be liable for the losses caused by such an incident where it results from the Vendor's breach of this Article.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including the Customer's motif archive, designs and prices, and shall use it only for this Agreement. This obligation continues for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The Vendor's total liability under this Agreement is limited to 150 per cent of the Contract Price. This limitation does not apply to liability for personal injury, wilful misconduct, or breach of Articles 9 and 10.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.
P:12.2 The Customer may terminate this Agreement under Article 5.2. In that case the Vendor shall refund the amounts paid, less the price of any part already accepted that the Customer elects to keep.
H:Article 13 Subcontracting and Assignment
P:13.1 The Vendor shall not subcontract any part of the work without the Customer's prior written consent and remains responsible for the work of any approved subcontractor. Neither party may assign this Agreement without the other party's written consent.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be settled by arbitration in Athens, Greece, in accordance with the rules of the Athens Chamber of Commerce and Industry, by a sole arbitrator. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (plotter models and workstation list) and Annex 2 (motif list), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:15.2 This Agreement is signed in two originals in English, one for each party, and takes effect on signature.
P:For the Customer: Nantong Lanyin Fangzhi Blue Calico Studio Co., Ltd.   Authorised signatory: ____________   Date: ________
P:For the Vendor: Kouloura Pattern Systems S.A.   Authorised signatory: ____________   Date: ________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# Order Form and General Terms - Papilaid Gate Ticketing Service

**Order Form No.:** PG-OF-2025-0117
**Vendor:** Papilaid Gate Systems OÜ, a private limited company registered in Estonia, registered address: Sadama 4, Papilaid island, Pärnu County, Estonia ("Vendor")
**Customer:** Jixian Hukou Scenic Area Tourism Development Co., Ltd., registered address: Hukou Town, Ji County, Linfen, Shanxi Province, People's Republic of China ("Customer")

This Order Form (Part A) and the General Terms (Part B) together form the agreement between Vendor and Customer (the "Agreement"). If Part A and Part B conflict, Part A prevails. At the Customer's request, all fees are stated and payable in Chinese Renminbi (CNY).

## Part A - Order Form

### A1. Service

A1.1 Vendor will provide its Papilaid Gate cloud ticketing service (the "Service") for the Hukou Waterfall scenic area: online and on-site ticket sales, timed entry slots, real-name booking, group and travel-agency reservations, shuttle bus tickets, gate validation, capacity control and daily settlement reports.

A1.2 Vendor will configure the Service for Customer and integrate it with: fourteen turnstiles at the east and west entrances; the handheld scanners used by shuttle staff; Customer's WeChat official account and mini program; three online travel agency channels named in Schedule 1; and Customer's finance system for daily settlement files (together, the "Set-up Services").

A1.3 Vendor will train Customer's ticket office supervisors, gate staff and finance staff on site at Hukou before Go-Live, in Mandarin, and provide training materials and a user guide in Chinese.

A1.4 Number of authorised users: up to 60 named staff users. Included ticket volume: 1,500,000 tickets per Subscription Year.

### A2. Term

A2.1 The Subscription Term starts on the Go-Live Date and runs for three consecutive Subscription Years. A "Subscription Year" is each consecutive period starting on the Go-Live Date or its anniversary.

A2.2 The Agreement does not renew automatically. Any extension requires a new Order Form signed by both parties.

### A3. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | 246,000 per Subscription Year x 3 Subscription Years | 738,000 |
| One-time Set-up Fee | configuration, turnstile and scanner integration, OTA and finance interfaces, training | 142,000 |
| **Total fees for the Subscription Term** | | **880,000** |
| Additional tickets (usage) | CNY 0.12 per ticket above the included volume, billed quarterly in arrears | not included |

A3.1 The fees are fixed for the Subscription Term and include taxes.

### A4. Invoicing and Payment

A4.1 On signature of this Order Form Vendor will invoice the One-time Set-up Fee together with the Subscription Fee for the first Subscription Year, a total of CNY 388,000. Customer shall pay this invoice within fifteen days after receipt, and in any case before Vendor starts the Set-up Services.

A4.2 The Subscription Fee for the second and third Subscription Years is invoiced at the start of each of those Subscription Years and payable within thirty days.

A4.3 Payments are made by bank transfer to Vendor's CNY account stated on the invoice.

### A5. Go-Live and Acceptance

A5.1 Vendor will complete the Set-up Services and make the Service ready for acceptance testing within seventy-five days after receiving the payment under A4.1.

A5.2 Acceptance tests: (a) sale, refund and change of tickets on all channels; (b) every turnstile validates a ticket in under one second and rejects a used or invalid ticket; (c) timed-entry capacity limits are enforced and the capacity display updates within one minute; (d) a load test with 3,000 concurrent online buyers completes without error; (e) daily settlement files reconcile with the ticket sales of three consecutive test days. Customer confirms acceptance in writing (the "Go-Live Date" is the date of that confirmation). Use of the Service for sales during testing does not amount to acceptance.

A5.3 If the Service is not ready for acceptance by the date in A5.1 for reasons attributable to Vendor, Vendor shall pay Customer CNY 800 for each day of delay, up to a total of CNY 60,000.

### A6. Service Level

A6.1 Vendor will make the Service available at least 99.95% of the time in each calendar month, excluding planned maintenance announced at least five days in advance and carried out between 23:00 and 05:00 Beijing time.

A6.2 If monthly availability falls below the commitment, Customer is entitled to a service credit of 5% of the monthly portion of the Subscription Fee for each 0.1 percentage point (or part) below the commitment, up to half of that monthly portion. Credits are deducted from the next invoice or, after the end of the Subscription Term, paid to Customer.

A6.3 Support is provided by e-mail and through Vendor's online portal. Vendor will handle support requests within a reasonable time during Vendor's business hours in Estonia and will give priority to requests reporting that ticket sales or gate validation have stopped.

## Part B - General Terms

### B1. Definitions

B1.1 "Customer Data" means all data entered into the Service by or for Customer or its visitors, including visitors' names, identity document numbers, telephone numbers, booking and entry records, and all reports generated from them.

B1.2 "Customer Configurations" means the ticket types, price rules, entry slot rules, ticket designs, report layouts and interface mappings created for Customer.

### B2. Use of the Service

B2.1 Vendor grants Customer a non-exclusive right to use the Service during the Subscription Term for its own business.

B2.2 Customer shall not resell the Service to third parties, other than selling tickets to visitors and travel agencies.

B2.3 Customer is responsible for its turnstiles, handheld scanners, local network and internet connection at the scenic area, for the accuracy of the ticket prices and rules it configures, and for obtaining the visitors' consent required by law for real-name booking.

B2.4 Vendor will keep the Service compliant with the ticketing and real-name booking requirements of the competent culture and tourism authorities in Shanxi Province as notified by Customer.

### B3. Customer Data

B3.1 Customer Data belongs to Customer. Vendor may process Customer Data only to provide the Service and the Set-up Services in accordance with Customer's instructions and shall not use it for any other purpose.

B3.2 Vendor hosts the Service and all Customer Data in a cloud data centre in mainland China (Alibaba Cloud, North China region) that holds a level-3 record under the Multi-Level Protection Scheme. Vendor shall maintain ISO/IEC 27001 certified security controls, encrypt Customer Data in transit and at rest, restrict access to named personnel with multi-factor authentication, and keep access logs for at least six months.

B3.3 Vendor shall notify Customer within 24 hours after becoming aware of any breach of security leading to the loss, disclosure or alteration of Customer Data, shall cooperate with Customer and the competent authorities, and shall bear the costs and losses caused by a breach for which Vendor is responsible.

B3.4 On expiry or termination Vendor shall return all Customer Data in CSV format within thirty days and then delete it.

### B4. Intellectual Property

B4.1 Vendor retains all rights in the Service and its underlying software.

B4.2 Customer Configurations belong to Customer. Customer may use, modify and disclose them freely, including to a successor provider.

### B5. Confidentiality

B5.1 Each party shall keep confidential the other party's non-public business and technical information and use it only for this Agreement. This obligation survives termination for three years.

### B6. Subcontractors and Sub-processors

B6.1 Vendor may engage subcontractors and sub-processors, including its hosting provider, its local implementation partner and its customer support contractors, to perform any part of the Service or the Set-up Services. Vendor will publish a current list on its website and inform Customer of any new subcontractor by e-mail at least fourteen days before it starts work. Vendor remains responsible for its subcontractors.

### B7. Liability

B7.1 Each party's total liability under this Agreement is limited to twice the total fees for the Subscription Term stated in A3. This limitation does not apply to death or personal injury, fraud, wilful misconduct or Vendor's obligations under B3.

B7.2 Neither party is liable for loss of profit or indirect loss, except as provided in B7.1.

### B8. Termination

B8.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within thirty days after receiving written notice describing the breach.

B8.2 Customer may terminate this Agreement by written notice if Vendor misses the availability commitment in A6.1 in any two consecutive months.

B8.3 On termination by Customer under B8.1 or B8.2, Vendor shall refund the prepaid Subscription Fee for the remaining part of the current Subscription Year.

### B9. Force Majeure

B9.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to resume performance.

### B10. Governing Law and Disputes

B10.1 This Agreement is governed by the laws of the People's Republic of China.

B10.2 Any dispute shall be submitted to the Taiyuan Arbitration Commission for arbitration in Taiyuan in accordance with its rules in force at the time. The award is final and binding.

### B11. General

B11.1 Notices shall be in writing and sent by e-mail and courier to the addresses in Part A.

B11.2 This Agreement is the entire agreement of the parties on its subject and may be changed only in writing signed by both parties.

**Signed for Customer:** ____________________ Name / Title / Date

**Signed for Vendor:** ____________________ Name / Title / Date
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table, buyer's paper)
E03 = """
T:Purchase Agreement for Field Weather and Soil Sensor Network
P:Agreement No. QZHM-CG-2025-08
P:Buyer: Shanxi Qinzhou Golden Millet Farm Co., Ltd., a company incorporated in the People's Republic of China, address: Cizhang Village, Qin County, Changzhi, Shanxi Province (the "Buyer").
P:Supplier: Sejerø AgriSense ApS, a company incorporated in Denmark, address: Sejerø Havnevej 7, Sejerø, 4592 Kalundborg Municipality, Denmark (the "Supplier").
P:Whereas the Buyer grows millet on about 2,600 mu of dry upland fields and wishes to monitor rainfall, temperature, wind and soil moisture in each field block in order to plan sowing, top-dressing and harvest, and whereas the Supplier designs and installs agricultural sensor networks, the parties agree as follows. This Agreement is made on the Buyer's standard terms. At the Buyer's request, all prices are stated and paid in Chinese Renminbi (CNY).
H:Section 1 Definitions
P:1.1 "Equipment" means the weather stations, soil probes, gateways, mounting poles, solar panels and batteries listed in Section 3.
P:1.2 "Platform Software" means the Supplier's FieldSense data platform, licensed under Section 8, installed on the Buyer's cloud account.
P:1.3 "Custom Work" means the field-block map, the sowing and irrigation alert rules and the dashboards configured for the Buyer, with their configuration files.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Section 6.
H:Section 2 Scope of Supply
P:2.1 The Supplier shall supply, install and commission the Equipment at the locations shown in Annex A, one weather station per field block and two soil probes per station at depths of 10 cm and 30 cm.
P:2.2 The Supplier shall install the Platform Software, connect all stations through LoRa gateways and the mobile network, configure the Custom Work and train the Buyer's agronomists and field staff.
P:2.3 The Supplier shall provide, at no extra charge, a set of spare parts kept at the Buyer's farm office: two complete weather stations, six soil probes, ten batteries and one gateway, to be used for replacements during the warranty.
P:2.4 The Supplier shall calibrate each rain gauge and soil probe on site and provide a calibration record for each unit.
H:Section 3 Contract Price
P:3.1 The Contract Price is CNY 1,210,000, fixed and inclusive of all taxes, customs duties, freight, insurance and installation. It is made up as shown in the table below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Automatic weather station (rain, temperature, humidity, wind, solar radiation) with pole, solar panel and battery|36|18,600|669,600
TB:2|Soil moisture and temperature probe|72|3,150|226,800
TB:3|LoRa gateway with 4G backhaul|4|12,400|49,600
TB:4|FieldSense Platform Software, perpetual licence|1|88,000|88,000
TB:|Hardware and Licence Subtotal|||1,034,000
TB:5|Installation, calibration and commissioning|1 lot||96,000
TB:6|Custom Work: field-block map, alert rules, dashboards|1 lot||64,000
TB:7|Training|1 lot||16,000
TB:|Contract Price|||1,210,000
H:Section 4 Payment
P:4.1 The Buyer shall pay: (a) 10% of the Contract Price (CNY 121,000) within fifteen working days after signature, against the Supplier's invoice and an advance payment guarantee of the same amount issued by a bank in mainland China; (b) 55% (CNY 665,500) within fifteen working days after all Equipment has been installed and commissioned, as recorded in an installation certificate; and (c) 35% (CNY 423,500) within fifteen working days after Final Acceptance.
P:4.2 The installation certificate under 4.1(b) records completion of installation only and is not acceptance of the Equipment or the Platform Software.
H:Section 5 Delivery and Delay Damages
P:5.1 The Supplier shall complete delivery, installation and commissioning within seventy days after signature, so that all stations report before the sowing season.
P:5.2 For each day by which the Supplier fails to meet the date in 5.1, the Supplier shall pay delay damages of 0.08% of the Contract Price, up to 8% of the Contract Price. Payment of delay damages does not relieve the Supplier of its obligations.
H:Section 6 Acceptance
P:6.1 After commissioning the system shall run for thirty consecutive days. Final Acceptance requires that: (a) every station reports at least 97% of its ten-minute readings in that period; (b) rain gauge readings differ from the Buyer's reference gauge by no more than 4% on each rain event above 5 mm; (c) soil moisture readings are within 3 percentage points of gravimetric samples taken by the Buyer at six stations; (d) all alert rules trigger correctly in a test run; (e) the calibration records, as-built drawings and manuals have been delivered.
P:6.2 The Buyer shall issue the acceptance certificate, or a written list of defects, within ten working days after the end of the run. Installation, data display or use of the system by the Buyer does not amount to acceptance.
H:Section 7 Warranty and Maintenance
P:7.1 The Supplier warrants the Equipment and the Platform Software for 36 months after Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment, including batteries and solar panels, and correct software defects free of charge, including travel and parts.
P:7.2 Fault levels: Severity 1 (the platform is down or more than five stations stop reporting) - remote response within 1 hour, on-site attendance within 48 hours if needed; Severity 2 (one to five stations not reporting) - response within 8 working hours, repair within five working days; Severity 3 (minor issues) - next scheduled visit.
P:7.3 For each full hour by which a Severity 1 response is late, the Supplier shall pay the Buyer CNY 600, and for each day by which a repair is late, CNY 200 per affected station.
P:7.4 The Supplier shall visit the farm twice during each growing season of the warranty period to clean the rain gauges and radiation sensors, check batteries, solar panels and mountings, and verify the calibration of a sample of soil probes.
P:7.5 After the warranty the Buyer may order annual maintenance covering two site visits per season, recalibration, parts, software updates and the response times of 7.2. The annual maintenance fee is 8% of the Hardware and Licence Subtotal, namely CNY 82,720, and is fixed for the first three maintenance years. Maintenance is ordered each year by written purchase order and does not renew automatically.
H:Section 8 Intellectual Property
P:8.1 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Platform Software for its own farming operations, including on additional stations purchased later.
P:8.2 The Custom Work belongs to the Buyer. The Buyer may use, modify, copy and license it freely and may give it to another service provider.
H:Section 9 Data Security
P:9.1 All sensor readings, field maps, crop records and other data collected or stored by the system ("Farm Data") belong to the Buyer. The Supplier may use Farm Data only to perform this Agreement and shall not use it for any other purpose.
P:9.2 The Platform Software runs on the Buyer's own cloud account in mainland China. The Supplier shall access it only through named accounts with multi-factor authentication granted by the Buyer, shall follow the Buyer's security instructions, and shall not copy Farm Data outside that account.
P:9.3 The Supplier shall inform the Buyer within 24 hours of any security incident affecting Farm Data, take immediate remedial action and compensate the Buyer for losses caused by an incident for which it is responsible.
H:Section 10 Confidentiality
P:10.1 Each party shall keep confidential the other party's non-public information obtained under this Agreement and shall not disclose it to third parties without prior written consent. This obligation survives the end of this Agreement.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 9 and 10, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for approved subcontractors.
H:Section 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after notice, or if delay damages under 5.2 reach their maximum.
P:13.2 On termination the Supplier shall refund all amounts paid for Equipment or services not accepted, and shall remove any Equipment the Buyer rejects at its own cost.
H:Section 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Changzhi Arbitration Commission for arbitration in Changzhi. The award is final.
H:Section 15 General
P:15.1 Notices shall be in writing in Chinese or English and delivered by hand, courier or e-mail to the addresses above. Each party shall appoint a project contact; the Supplier's contact must speak Mandarin and be available in Shanxi during installation.
P:15.2 The Supplier shall comply with the Buyer's farm safety rules, shall not drive vehicles on sown fields outside the marked tracks, and shall compensate the Buyer for crop damage caused by its staff during installation or maintenance.
P:15.3 Annex A (station locations) and Annex B (technical specifications) form part of this Agreement. Amendments must be in writing and signed by both parties.
P:For the Buyer: Shanxi Qinzhou Golden Millet Farm Co., Ltd.   Signature: ____________   Date: ________
P:For the Supplier: Sejerø AgriSense ApS   Signature: ____________   Date: ________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses, Schedules: priority + charges)
E04 = """# Managed Wireless Network Services Agreement

**Agreement reference:** HW-JY-2025-031

**Between**

1. **Jiangyin Huashen Cotton Spinning Co., Ltd.**, a company established in the People's Republic of China, of No. 88 Binjiang East Road, Jiangyin, Jiangsu Province ("Customer"); and
2. **Hellesøy Wireless AS**, a company registered in Norway, of Hellesøyvegen 12, 5337 Hellesøy, Øygarden, Norway, acting through its project office in Suzhou ("Provider").

**Background**

(A) Customer operates two spinning mills, a yarn warehouse and an office building in Jiangyin. It needs reliable Wi-Fi coverage for handheld terminals on the spinning floors, automated guided vehicles in the warehouse, quality-lab tablets and office users.

(B) Provider designs, installs and operates managed wireless networks for industrial sites and has agreed to provide the Managed Wi-Fi Service on the terms below. At Customer's request, all charges are stated and paid in Chinese Renminbi (CNY).

## 1. Definitions

1.1 "Service" means the managed Wi-Fi service described in clause 2, including the access points, controllers and switches that Provider installs and owns ("Provider Equipment").

1.2 "Sites" means Mill No. 1, Mill No. 2, the Yarn Warehouse and the Office Building at the addresses in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Acceptance Certificate for all Sites under clause 4.

1.4 "Monthly Service Charge" means the charge stated in Schedule 2, Part A.

1.5 "Incident" means any failure or degradation of the Service, classified by priority in Schedule 2, Part B.

## 2. The Service

2.1 Provider shall survey the Sites, design the wireless network, and supply, install and configure 214 industrial access points, two redundant wireless controllers and the PoE switches needed to power them.

2.2 Provider shall operate the network from its network operations centre in Suzhou around the clock, monitor every access point, apply firmware updates, manage radio frequency planning for the humid, lint-heavy spinning floors, and replace failed Provider Equipment.

2.3 Provider shall keep a stock of spare access points at Mill No. 1 and provide a local engineer who can reach any Site within two hours.

2.4 Provider shall provide a monthly service report showing availability per Site, Incidents, response and restoration times, and any service credits due.

## 3. Term

3.1 This Agreement starts on signature. The Service runs for an initial term of 36 months from the Service Commencement Date (the "Initial Term").

3.2 This Agreement expires at the end of the Initial Term. It does not renew automatically; any extension requires a written agreement signed by both parties.

## 4. Installation and Service Acceptance

4.1 Provider shall complete installation at all Sites within ninety days after signature and notify Customer that the Service is ready for acceptance testing.

4.2 The acceptance tests are: (a) a signal survey showing at least -67 dBm at 95% of the test points on each floor plan; (b) roaming of the guided vehicles between access points without a session drop in 200 test runs; (c) throughput of at least 100 Mbps for a tablet in the quality laboratory; (d) correct separation of the production, office and guest networks; and (e) seven consecutive days of operation without a Priority 1 Incident.

4.3 When the tests are passed, Customer signs the Service Acceptance Certificate. Use of the network by Customer before that date does not amount to acceptance.

4.4 If the Service is not ready for acceptance testing by the date in clause 4.1 for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay, up to CNY 90,000.

## 5. Charges and Payment

5.1 Customer shall pay the charges in Schedule 2, Part A. The One-time Installation Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date.

5.2 Customer shall pay each correct invoice within thirty days after receipt. No charge is payable in advance.

5.3 The charges are fixed for the Initial Term and include all taxes, Provider Equipment, spare parts, software licences and labour.

## 6. Service Levels and Service Credits

6.1 Provider shall ensure that the Service at each Site is available at least 99.5% of the time in each calendar month, measured by the controllers and reported in the monthly service report. Planned maintenance, notified five working days in advance and performed on Sundays between 02:00 and 06:00, is excluded.

6.2 Provider shall respond to and restore Incidents within the times stated in Schedule 2, Part B.

6.3 If availability at a Site falls below the commitment in clause 6.1, Customer is entitled to a service credit of 5% of the Monthly Service Charge for each 0.5 percentage point (or part) of shortfall, up to half of the Monthly Service Charge. If a Priority 1 Incident is not responded to or restored in time, Customer is entitled to a credit of CNY 1,000 for each hour or part of an hour of delay.

6.4 Service credits are deducted from the next invoice.

## 7. Customer Data and Security

7.1 Network logs, device lists, user accounts, location data of vehicles and terminals and all other data processed through the Service ("Customer Data") belong to Customer. Provider may use Customer Data only to provide the Service.

7.2 Provider shall keep the controllers and all Customer Data in mainland China, shall separate the production network from other networks as designed, shall apply multi-factor authentication to all administrative access, and shall keep administrative access logs for the Term.

7.3 Provider shall notify Customer within 12 hours after becoming aware of any unauthorised access to the network or to Customer Data, shall take immediate measures to contain it, and shall be liable for losses caused by security incidents resulting from its breach of this clause.

## 8. Intellectual Property

8.1 The network design, floor plans, configuration files and reports prepared for Customer belong to Customer. Customer may use and modify them and may give them to any later provider.

8.2 Provider retains ownership of the Provider Equipment and of its own tools and software.

## 9. Confidentiality

9.1 Each party shall keep confidential the other party's non-public information, including Customer's production layouts and processes, and use it only for this Agreement. This clause survives the end of this Agreement.

## 10. Subcontracting

10.1 Provider shall not subcontract any part of the Service without Customer's prior written consent. Provider remains responsible for the work of approved subcontractors.

## 11. Liability

11.1 Provider's total liability arising out of or in connection with this Agreement is limited in aggregate to the Monthly Service Charges paid or payable for the six months preceding the event giving rise to the claim.

11.2 The limitation in clause 11.1 does not apply to death or personal injury caused by negligence, or to fraud.

## 12. Duration and Termination

12.1 In view of the investment Provider makes in Provider Equipment for the Sites, neither party may terminate this Agreement before the end of the Initial Term, except that Provider may suspend or terminate the Service if Customer fails to pay undisputed charges within sixty days after a written reminder.

12.2 Customer's remedies for any failure of Provider to perform the Service, however serious, are the service credits under clause 6 and damages within the limit of clause 11. Customer shall not terminate this Agreement or withhold the Monthly Service Charge on account of such failure.

12.3 At the end of the Initial Term Provider shall remove the Provider Equipment within thirty days, or sell it to Customer at a price agreed between the parties, and shall hand over the documents referred to in clause 8.1.

## 13. Force Majeure

13.1 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, epidemics, government orders or failures of public power or telecommunications networks, provided that it notifies the other party promptly.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes that cannot be settled by negotiation within thirty days shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi under its rules then in force.

## 15. General

15.1 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Any change must be in writing and signed by both parties.

## Schedule 1 - Sites

| Site | Area | Access points |
|---|---|---|
| Mill No. 1 (ring spinning) | 21,000 m2 | 86 |
| Mill No. 2 (open-end spinning) | 16,500 m2 | 68 |
| Yarn Warehouse | 9,800 m2 | 42 |
| Office Building | 5 floors | 18 |

## Schedule 2 - Charges and Priorities

**Part A - Charges**

| Charge | Basis | Amount (CNY) |
|---|---|---|
| One-time Installation Charge | survey, design, installation, acceptance testing | 128,000 |
| Monthly Service Charge | 41,800 per month x 36 months | 1,504,800 |
| **Total for the Initial Term** | | **1,632,800** |

**Part B - Incident priorities**

| Priority | Definition | Response | Restoration |
|---|---|---|---|
| Priority 1 | a Site or a whole mill floor without Wi-Fi, or guided vehicles stopped | 30 minutes | 3 hours |
| Priority 2 | several access points down or severe degradation in one area | 1 hour | 8 hours |
| Priority 3 | a single access point down, no production impact | 8 hours | next working day |
| Priority 4 | questions and change requests | next working day | as agreed |

Signed for Customer: ____________________ Date: ________

Signed for Provider: ____________________ Date: ________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
E05 = """PROPERTY REGISTRATION CHECK API SUBSCRIPTION AGREEMENT

Agreement No.: OLP-SH-2025-022

THIS AGREEMENT is made between:

SHANGHAI ANJU RENTAL HOUSING PLATFORM CO., LTD., a company established in the People's Republic of China, with its registered address at Room 1203, No. 500 Zhangyang Road, Pudong New Area, Shanghai ("Customer"); and

OLIPA REGISTRY DATA d.o.o., a company registered in Croatia, with its registered office at Olipa 3, Otok Olipa, 20225 Dubrovnik-Neretva County, Croatia, acting through its branch in Shanghai ("Vendor").

RECITALS

A. Customer operates an online platform on which landlords and agents list residential flats for long-term rent in Shanghai and nearby cities. Before a listing is published, Customer must check that the landlord is the registered owner of the flat or holds a valid authorisation.

B. Vendor operates an application programming interface (the "API") that checks property ownership information against the real estate registration data made available to it through licensed channels in mainland China, and returns a match result.

C. Customer wishes to subscribe to the API on the terms of this Agreement. At Customer's request, all fees are stated and paid in Chinese Renminbi (CNY).

1. DEFINITIONS

1.1 "Query" means one request sent by Customer to the API containing a property certificate number or address and the name and identity number of the person claiming ownership.

1.2 "Result" means the response returned by the API for a Query: full match, partial match, no match, or certificate not found, with the date of the underlying registration record.

1.3 "Customer Data" means all Queries, Results, landlord and tenant information and logs relating to Customer's use of the API.

1.4 "Subscription Year" means each consecutive period starting on the Go-Live Date or its anniversary.

1.5 "Go-Live Date" means the date on which Customer confirms Go-Live Acceptance in writing under clause 4.

2. SERVICE

2.1 Vendor shall provide Customer with access to the API in its production and test environments, API keys for Customer's systems, technical documentation and a management console showing usage and Results.

2.2 Vendor shall provide onboarding services: a joint interface design workshop, a Customer-specific adapter that maps Customer's listing workflow to the API, test data, and support for Customer's integration and go-live (the "Onboarding Services").

2.3 The subscription includes up to 600,000 Queries per Subscription Year. Queries above that number are charged under Schedule 1.

3. TERM

3.1 This Agreement starts on signature and the subscription runs for two Subscription Years from the Go-Live Date.

3.2 This Agreement ends at the end of the second Subscription Year unless the parties sign a written renewal. It does not renew automatically.

4. ONBOARDING AND GO-LIVE ACCEPTANCE

4.1 Vendor shall deliver the adapter and make the production API available for Go-Live Acceptance testing within forty-five days after signature. This date is a target.

4.2 The Go-Live Acceptance tests are: (a) 2,000 test Queries prepared by Customer, covering all Result types, return the expected Result in every case; (b) the median response time of the API is below 800 milliseconds and the slowest one per cent of responses is below 3 seconds during a one-hour load test at 50 Queries per second; (c) the adapter handles timeouts and errors as described in the interface design; and (d) the documentation and operating manual have been delivered.

4.3 Customer shall carry out the tests within ten working days after Vendor's notice and confirm acceptance in writing or list the failed tests. Use of the API in production before that confirmation does not mean acceptance.

5. FEES AND PAYMENT

5.1 The fees are set out in Schedule 1. The total fees for the two Subscription Years, including the Onboarding Fee, are CNY 470,000.

5.2 The Onboarding Fee is invoiced after the Go-Live Date. The Subscription Fee is invoiced quarterly in arrears in equal instalments of CNY 54,000. Additional Queries are invoiced quarterly in arrears.

5.3 Customer shall pay each correct invoice within thirty days after receipt. No amount is payable before the Go-Live Date.

6. SERVICE LEVELS

6.1 The service levels for the API are set out in Part B of Schedule 1. Vendor will report its performance against them each month.

6.2 The service levels are performance targets. A failure to meet them does not entitle Customer to service credits, fee reductions, refunds or any other compensation.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the API and the Onboarding Services, only on Customer's documented instructions, and shall not use it for any other purpose, whether or not anonymised or aggregated.

7.2 Vendor shall host the API and store Customer Data only in data centres in mainland China, shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, shall encrypt Customer Data in transit and at rest, shall restrict access to authorised staff with multi-factor authentication, and shall keep Query logs for no longer than six months unless Customer instructs otherwise.

7.3 Vendor shall notify Customer within 12 hours after becoming aware of any unauthorised access to, or loss, alteration or disclosure of, Customer Data, shall take immediate steps to contain it, shall assist Customer in notifying regulators and individuals, and shall compensate Customer for losses caused by a security incident for which Vendor is responsible.

7.4 On expiry or termination Vendor shall return Customer Data on request and then delete it within thirty days, and shall confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 Vendor retains all rights in the API, its software and its documentation.

8.2 The Customer-specific adapter, the interface design and the test data prepared for Customer belong to Customer. Customer may use, modify and license them freely, including with another provider.

9. CUSTOMER OBLIGATIONS

9.1 Customer shall use the API only to check properties offered on its platform, shall obtain the consent of landlords and other individuals required by law before sending their information in a Query, and shall keep its API keys secure.

9.2 Customer shall not resell Results or use the API to build a property database.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract any part of its obligations, including hosting and access to registration data channels, without Customer's prior written consent. The data channel provider and the hosting provider listed in Part C of Schedule 1 are approved by Customer on signature. Vendor remains responsible for all subcontractors.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150 per cent of the total fees stated in clause 5.1.

11.2 The limitation in clause 11.1 does not apply to liability for breach of clause 7, fraud or wilful misconduct.

11.3 Neither party is liable for loss of profit, loss of business or other indirect loss.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach of this Agreement and does not remedy it within thirty days after written notice.

12.2 Customer may terminate this Agreement by written notice if Vendor loses its licensed access to the registration data channels or if a competent authority orders Customer to stop using the API.

12.3 On termination Customer shall pay the fees for the period up to the termination date, and Vendor shall refund any fees paid for a later period.

13. FORCE MAJEURE

13.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, including interruptions of the registration authorities' systems, provided that it notifies the other party promptly and resumes performance as soon as possible.

14. GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai. The award is final and binding on both parties.

15. GENERAL

15.1 Notices must be in writing and sent by e-mail with a copy by courier to the addresses above.

15.2 This Agreement, with Schedule 1, is the entire agreement of the parties on its subject and may be changed only by a written document signed by both parties.

SCHEDULE 1 - FEES, SERVICE LEVELS AND APPROVED SUBCONTRACTORS

Part A - Fees

Subscription Fee: CNY 216,000 per Subscription Year, including 600,000 Queries; CNY 432,000 for the two Subscription Years.
Onboarding Fee (one-time): CNY 38,000.
Total fees: CNY 470,000.
Additional Queries above the included number: CNY 0.45 per Query (usage charge, not included in the total fees).

Part B - Service levels

API availability: 99.95% per calendar month, excluding planned maintenance notified three working days in advance and carried out between 01:00 and 05:00 Beijing time.
Median response time: below 800 milliseconds per month.
Incident priorities:
- Priority 1 (API unavailable or returning wrong Results for all Queries): response within 1 hour, round the clock; restoration target 3 hours.
- Priority 2 (degraded performance or errors for some Queries): response within 2 hours during business hours; restoration target next working day.
- Priority 3 (questions, documentation, console issues): response within two working days.

Part C - Approved subcontractors

Hosting provider: Shanghai Pujiang Yunhe Data Centre Co., Ltd., holding a level-3 record under the Multi-Level Protection Scheme.
Registration data channel: Shanghai Jiafang Real Estate Information Service Co., Ltd., a licensed real estate information service company.

Signed for Customer: ____________________ Name: ____________ Title: ____________ Date: ________

Signed for Vendor: ____________________ Name: ____________ Title: ____________ Date: ________
"""

# ================================================================ labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# defaults: a clean contract; each entry overrides what differs
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")

C = {}  # key -> dict(file, kind(format), lang, category, terms, extra, rules, risk, source, fee_base, fee_amount, forum_outside)

def add(key, file, lang, category, terms, extra, rules, risk, fee_base=None, fee_amount=None, forum_outside=False):
    t = dict(BASE)
    t.update(terms)
    assert set(t) == set(TERM_KEYS)
    C[key] = dict(file=file, lang=lang, category=category, terms={k: t[k] for k in TERM_KEYS}, extra=extra,
                  rules=sorted(rules), risk=risk, fee_base=fee_base, fee_amount=fee_amount, forum_outside=forum_outside)

def goods_extra(value, capped, sla=True, ld=True, deemed=False):
    return {"sla_clause": sla, "ld_stated": ld, "post_warranty_fee_capped": capped,
            "acceptance_deemed_on_delivery": deemed, "contract_value": value}

def service_extra(value, sla=True, ld=True, deemed=False):
    return {"sla_clause": sla, "ld_stated": ld, "acceptance_deemed_on_delivery": deemed, "contract_value": value}

# z01: 2,258,000 = 820,000 + 1,060,000 + 214,000 + 126,000 + 38,000
assert 820000 + 1060000 + 214000 + 126000 + 38000 == 2258000
assert 451600 + 1016100 + 790300 == 2258000 and 451600 == 2258000 * 20 // 100
add("z01", "h319z01_civil_affairs_funeral_supervision_platform.pdf", "zh", "software",
    dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=20,
         final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=10, contract_kind="goods_or_licence"),
    goods_extra(2258000, True), [], "low", fee_base=820000, fee_amount=82000)

# z02: hardware+software subtotal 1,520,000; total 1,690,000; post-warranty fee 25 % of 1,520,000 = 380,000 per year
assert 486000 + 612000 + 64000 + 238000 + 120000 == 1520000
assert 1520000 + 96000 + 58000 + 16000 == 1690000
assert 169000 + 845000 + 591500 + 84500 == 1690000 and 1520000 * 25 // 100 == 380000
add("z02", "h319z02_mineral_water_blow_fill_cap_control_retrofit.docx", "zh", "hardware",
    dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
         final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=25,
         subcontract_without_consent=True, contract_kind="goods_or_licence"),
    goods_extra(1690000, True), ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"], "high",
    fee_base=1520000, fee_amount=380000)

# z03: 80 x 1,380 = 110,400; + 36,000 = 146,400 per 服务年度; x 3 = 439,200; + 58,000 = 497,200
assert 80 * 1380 == 110400 and 110400 + 36000 == 146400 and 3 * 146400 == 439200 and 439200 + 58000 == 497200
add("z03", "h319z03_shoe_repair_key_chain_order_member_saas.txt", "zh", "cloud",
    dict(availability_pct=99.5, p1_response_hours=0.5, buyer_owns_data=False, ld_rate_per_day_pct=300 / 497200 * 100,
         liability_cap_pct=150, auto_renewal_price_increase=True),
    service_extra(497200), ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"], "medium")

# z04: 264,000 + 72,000 + 86,000 + 46,000 = 468,000; quarterly 117,000
assert 264000 + 72000 + 86000 + 46000 == 468000 and 4 * 117000 == 468000
add("z04", "h319z04_agri_bureau_traceability_system_annual_om.txt", "zh", "services",
    dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.03, liability_cap_pct=50),
    service_extra(468000), ["CR-LD-LOW", "CR-LIABILITY-CAP"], "medium")

# z05: 360,000 + 280,000 + 96,000 + 24,000 = 760,000; 60 / 35 / 5
assert 360000 + 280000 + 96000 + 24000 == 760000 and 456000 + 266000 + 38000 == 760000
add("z05", "h319z05_osmanthus_cake_erp_supplier_template.md", "zh", "software",
    dict(sla_remedy=False, ip_owner="supplier", data_security_clause=False, ld_rate_per_day_pct=0.02,
         liability_cap_pct=20, prepayment_pct=60, acceptance_clause=False, final_payment_on_acceptance=False,
         warranty_months=6, post_warranty_fee_pct=None, subcontract_without_consent=None,
         contract_kind="goods_or_licence"),
    goods_extra(760000, False, sla=False, deemed=True),
    ["CR-ACCEPTANCE", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
     "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"], "high",
    fee_base=360000, fee_amount=None)

# e01: licences 228,000 + 92,000 + 54,000 = 374,000; total 550,000; support 11 % of 374,000 = 41,140
assert 6 * 38000 == 228000 and 2 * 46000 == 92000 and 228000 + 92000 + 54000 == 374000
assert 420 * 210 == 88200 and 374000 + 62000 + 88200 + 25800 == 550000
assert 110000 + 247500 + 192500 == 550000 and 374000 * 11 // 100 == 41140
add("e01", "h319e01_blue_calico_stencil_software_greek_vendor.pdf", "en", "software",
    dict(p1_response_hours=2, ld_rate_per_day_pct=0.1, liability_cap_pct=150, prepayment_pct=20,
         final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=11, governing_law="Greece",
         contract_kind="goods_or_licence"),
    goods_extra(550000, True), ["CR-GOVERNING-LAW"], "low", fee_base=374000, fee_amount=41140, forum_outside=True)

# e02: 3 x 246,000 = 738,000 + 142,000 = 880,000; advance 142,000 + 246,000 = 388,000 before Go-Live
assert 3 * 246000 + 142000 == 880000
add("e02", "h319e02_waterfall_ticketing_saas_order_form.md", "en", "cloud",
    dict(availability_pct=99.95, p1_response_hours=None, ld_rate_per_day_pct=800 / 880000 * 100,
         liability_cap_pct=200, prepayment_pct=388000 / 880000 * 100, subcontract_without_consent=True),
    service_extra(880000), ["CR-PREPAYMENT", "CR-SLA-RESPONSE", "CR-SUBCONTRACT"], "medium")

# e03: 669,600 + 226,800 + 49,600 + 88,000 = 1,034,000; + 96,000 + 64,000 + 16,000 = 1,210,000
assert 36 * 18600 == 669600 and 72 * 3150 == 226800 and 4 * 12400 == 49600
assert 669600 + 226800 + 49600 + 88000 == 1034000 and 1034000 + 96000 + 64000 + 16000 == 1210000
assert 121000 + 665500 + 423500 == 1210000 and 1034000 * 8 // 100 == 82720
add("e03", "h319e03_millet_farm_weather_sensors_buyer_paper.docx", "en", "hardware",
    dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=200, prepayment_pct=10,
         final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=8,
         contract_kind="goods_or_licence"),
    goods_extra(1210000, True), [], "low", fee_base=1034000, fee_amount=82720)

# e04: 36 x 41,800 = 1,504,800 + 128,000 = 1,632,800; cap = 6 months of 36
assert 36 * 41800 == 1504800 and 1504800 + 128000 == 1632800 and 86 + 68 + 42 + 18 == 214
add("e04", "h319e04_yarn_mill_managed_wifi_service.md", "en", "services",
    dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=1200 / 1632800 * 100,
         liability_cap_pct=round(6 / 36 * 100, 4), termination_for_breach=False),
    service_extra(1632800), ["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY", "CR-TERMINATION"], "medium")

# e05: 2 x 216,000 = 432,000 + 38,000 = 470,000; quarterly 54,000
assert 2 * 216000 + 38000 == 470000 and 216000 // 4 == 54000
add("e05", "h319e05_rental_platform_property_check_api.txt", "en", "cloud",
    dict(availability_pct=99.95, p1_response_hours=1, sla_remedy=False, confidentiality=False,
         ld_rate_per_day_pct=None, liability_cap_pct=150),
    service_extra(470000, ld=False), ["CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"], "high")

SOURCES = {"z01": Z01, "z02": Z02, "z03": Z03, "z04": Z04, "z05": Z05,
           "e01": E01, "e02": E02, "e03": E03, "e04": E04, "e05": E05}

# ================================================================ my reading of policy.md section 3 and 4
SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}


def tco(c):
    t, v = c["terms"], c["extra"]["contract_value"]
    if t["contract_kind"] != "goods_or_licence" or c["fee_amount"] is None or not c["extra"]["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * c["fee_amount"]
    return dict(tco=v + post, post=post, share=post / (v + post) * 100, years=years)


def derive(c):
    t, x = c["terms"], c["extra"]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if t["governing_law"] not in (None, "PRC") or c["forum_outside"]:
        r.add("CR-GOVERNING-LAW")
    tc = tco(c) if goods else None
    if tc and tc["share"] > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"

# ================================================================ threshold figures that must not appear in any text
PCT = r"\s*(?:%|％|per\s*cent|percent)"
CN_DIG = "〇零一二三四五六七八九十"
THRESHOLDS = [
    ("availability 99.9", r"(?<![\d.])99\.90*(?![\d])"),
    ("availability 九十九点九", r"九十九点九(?![零一二三四五六七八九])"),
    ("P1 4 hours (digits)", r"(?<![\d.])4\s*(?:个\s*)?(?:小时|hours?\b|hrs?\b|h\b)"),
    ("P1 四小时", r"(?<![十])四\s*(?:个\s*)?(?:小时|钟头)"),
    ("P1 four hours", r"(?<![\w-])four\s*(?:\(4\)\s*)?(?:hours?|hrs?)\b"),
    ("P1 240 minutes", r"(?<![\d.])240\s*(?:分钟|min)"),
    ("LD 0.05", r"(?<![\d.])0\.050*(?![\d])"),
    ("LD 万分之五", r"万分之五(?![十])"),
    ("LD 0.5 per mille", r"千分之零点五|(?<![\d.])0\.50*\s*‰|five\s+hundredths"),
    ("cap 100 %", r"(?<![\d.,])100(?:\.0+)?" + PCT),
    ("cap 百分之百", r"百分之(?:一)?百(?![分])"),
    ("cap hundred per cent", r"hundred\s+per\s*cent|hundred\s+percent"),
    ("prepayment 30 %", r"(?<![\d.,])30(?:\.0+)?" + PCT),
    ("prepayment 百分之三十", r"百分之三十(?![一二三四五六七八九点])"),
    ("prepayment 三成", r"三成"),
    ("prepayment thirty per cent", r"(?<![\w-])thirty\s*(?:\(30\)\s*)?(?:per\s*cent|percent)"),
    ("share 40 %", r"(?<![\d.,])40(?:\.0+)?" + PCT),
    ("share 百分之四十", r"百分之四十(?![一二三四五六七八九点])"),
    ("share 四成", r"四成"),
    ("share forty per cent", r"(?<![\w-])forty\s*(?:\(40\)\s*)?(?:per\s*cent|percent)"),
    ("fee 15 %", r"(?<![\d.,])15(?:\.0+)?" + PCT),
    ("fee 百分之十五", r"百分之十五(?![点])"),
    ("fee fifteen per cent", r"(?<![\w-])fifteen\s*(?:\(15\)\s*)?(?:per\s*cent|percent)"),
    ("warranty 12 months", r"(?<![\d.])12\s*-?\s*(?:个\s*)?(?:months?\b|月)"),
    ("warranty 十二个月", r"(?<![" + CN_DIG + r"])十二\s*个?\s*月"),
    ("warranty twelve months", r"(?<![\w-])twelve[\s-]*(?:\(12\)\s*)?months?\b"),
    ("warranty one year", r"(?<![\w-])(?:one|1)[\s-]*(?:\(1\)\s*)?years?\b"),
    ("warranty 一年", r"一年|壹年|(?<![\d.])1\s*年(?!度)"),
    ("5 years (digits)", r"(?<![\d.])5\s*-?\s*(?:years?\b|年(?!度))"),
    ("五年", r"(?<![" + CN_DIG + r"])五\s*年"),
    ("five years", r"(?<![\w-])five[\s-]*(?:\(5\)\s*)?years?\b"),
    ("60 months", r"(?<![\d.])60\s*-?\s*(?:个\s*)?(?:months?\b|月)"),
    ("sixty months", r"(?<![\w-])sixty[\s-]*(?:\(60\)\s*)?months?\b"),
    ("六十个月", r"六十\s*个\s*月"),
]
THRESHOLD_RE = [(name, re.compile(rx, re.I)) for name, rx in THRESHOLDS]

MUST_HIT = ["99.9%", "99.90 %", "九十九点九", "4小时", "4 个小时", "四小时", "四个小时", "4 hours", "4h", "Four Hours",
            "four (4) hours", "240分钟", "240 minutes", "0.05%", "0.05 per cent", "万分之五", "100%", "100 %",
            "100 per cent", "百分之百", "百分之一百", "one hundred per cent", "30%", "30 percent", "百分之三十", "三成",
            "thirty per cent", "40%", "百分之四十", "四成", "forty per cent", "15%", "15 per cent", "百分之十五",
            "fifteen per cent", "12个月", "12 months", "12-month", "十二个月", "twelve months", "twelve (12) months",
            "one year", "one-year", "1 year", "一年", "1年", "5 years", "5-year", "5年", "五年", "five years",
            "five-year", "60 months", "60个月", "sixty months", "六十个月"]
MUST_NOT_HIT = ["24小时", "二十四小时", "24 hours", "twenty-four hours", "14 hours", "99.95%", "99.5%", "115%",
                "0.15%", "1.15%", "130%", "150 per cent", "0.055%", "0.5%", "四十二个月", "二十二个月", "112 months",
                "2025年", "二〇二五年", "2015年", "15日", "30日", "30 days", "40分钟", "百分之四十五", "百分之三十五",
                "fourteen hours", "Priority 4", "years 3", "Year 1", "一个服务年度", "三个服务年度", "第十五条",
                "45%", "35%", "0.45 per Query", "1,500,000 tickets", "每年", "年度"]


def self_test():
    for s in MUST_HIT:
        assert any(rx.search(s) for _, rx in THRESHOLD_RE), "regex misses " + s
    for s in MUST_NOT_HIT:
        hits = [name for name, rx in THRESHOLD_RE if rx.search(s)]
        assert not hits, "regex wrongly hits %r: %s" % (s, hits)


def scan(text):
    found = []
    for variant in (text, re.sub(r"\s+", " ", text)):
        for name, rx in THRESHOLD_RE:
            for m in rx.finditer(variant):
                found.append((name, variant[max(0, m.start() - 20):m.end() + 20]))
    return found


# ================================================================ reading the built files back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        lines = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                lines.append(" ".join(cell.text for cell in row.cells))
        return "\n".join(lines)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def label_json(key):
    c = C[key]
    obj = {"file": c["file"], "language": c["lang"], "category": c["category"], "expected_terms": c["terms"],
           "expected_extra": c["extra"], "expected_rules": c["rules"]}
    return json.dumps(obj, ensure_ascii=False, indent=1)


def off_thresholds(c):
    t = c["terms"]
    pairs = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
             ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12), ("post_warranty_fee_pct", 15)]
    for k, th in pairs:
        if t[k] is not None:
            assert abs(t[k] - th) > 1e-3, (c["file"], k, t[k])
    tc = tco(c)
    if tc:
        assert abs(tc["share"] - 40) > 1e-3, (c["file"], tc)


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    built = {k: (c["file"], c["file"].rsplit(".", 1)[1]) for k, c in C.items() if c["file"].endswith((".docx", ".pdf"))}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    for k, c in C.items():
        if k not in built:
            (OUT / c["file"]).write_text(SOURCES[k].lstrip("\n"), encoding="utf-8")
            print("wrote", c["file"])
        (OUT / (c["file"].rsplit(".", 1)[0] + ".json")).write_text(label_json(k), encoding="utf-8")

    covered, problems = set(), []
    print()
    print("%-55s %-6s %-7s %s" % ("file", "size", "risk", "expected rules"))
    for k, c in C.items():
        text = read_back(OUT / c["file"])
        n = size(text, c["lang"])
        lo, hi = (2800, 3300) if c["lang"] == "zh" else (1500, 1700)
        if not lo <= n <= hi:
            problems.append("%s: length %d outside %d-%d" % (c["file"], n, lo, hi))
        for name, ctx in scan(text) + scan(SOURCES[k]):
            problems.append("%s: threshold figure (%s) in %r" % (c["file"], name, ctx))
        off_thresholds(c)
        d = derive(c)
        if d != c["rules"]:
            problems.append("%s: derived %s != declared %s" % (c["file"], d, c["rules"]))
        if risk_of(d) != c["risk"]:
            problems.append("%s: risk %s != declared %s" % (c["file"], risk_of(d), c["risk"]))
        covered |= set(d)
        tc = tco(c)
        print("%-55s %-6d %-7s %s%s" % (c["file"], n, c["risk"], ", ".join(r[3:] for r in d) or "(none)",
                                         "  [TCO %.0f, share %.2f %%]" % (tc["tco"], tc["share"]) if tc else ""))
    missing = set(SEVERITY) - covered
    if missing:
        problems.append("rules never expected: %s" % sorted(missing))
    n_rules = [len(c["rules"]) for c in C.values()]
    mix = (sum(1 for c in C.values() if not c["rules"]),
           sum(1 for c in C.values() if len(c["rules"]) == 1 and c["risk"] == "low"),
           sum(1 for c in C.values() if 2 <= len(c["rules"]) <= 3),
           sum(1 for c in C.values() if len(c["rules"]) >= 8))
    if mix != (2, 1, 6, 1) or len(C["z05"]["rules"]) < 8:
        problems.append("mix %s, counts %s" % (mix, n_rules))
    print("\nall 20 CR rules expected at least once:", not missing, "| mix (clean, one low, 2-3, many):", mix)
    if problems:
        print("\nPROBLEMS:\n" + "\n".join(problems))
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
