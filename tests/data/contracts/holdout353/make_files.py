import sys; sys.dont_write_bytecode = True
"""holdout353: writes ten ordinary draft contracts (5 zh, 5 en), their .json labels, and checks lengths, thresholds
and rule coverage. Run from this folder: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
H353Z01 = """T:土壤污染状况监管平台建设项目采购合同
P:合同编号：HJ-ZC-2025-0417      采购方式：公开招标      项目编号：QZZC2025-GK-063
P:甲方（采购人）：清州市生态环境局
P:乙方（供应商）：青岚环境信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及清州市生态环境局土壤污染状况监管平台建设项目公开招标的结果，乙方为该项目中标供应商。双方依据招标文件、乙方投标文件及中标通知书，就平台的软件许可、定制开发、数据治理与部署实施事宜，经协商一致订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设土壤污染状况监管平台（以下简称“平台”），内容包括：基础平台软件许可；“监管一张图”、重点监管单位台账、土壤污染隐患排查、风险评估及管控修复进度跟踪等模块的定制开发；全市土壤详查、普查及重点行业企业历史数据的治理与迁移；平台在甲方政务云的部署、联调与培训。
P:1.2 平台应与省级土壤环境信息平台、甲方排污许可系统及自然资源部门地块数据实现数据对接，接口清单以招标文件技术需求书附件三为准。
P:1.3 招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分，内容不一致时以本合同正文为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾捌万元整（¥2,480,000），为固定总价，包含软件许可、开发、数据治理、部署、培训、税费及质保期内全部服务费用。分项价格如下：
TB:序号|项目|金额（元）
TB:1|基础平台软件许可（含空间数据引擎）|860,000
TB:2|定制开发（一张图、台账、排查、风险评估、修复跟踪）|1,120,000
TB:3|历史数据治理与迁移|346,000
TB:4|部署实施、联调及培训|154,000
TB:合计||2,480,000
P:2.2 除本合同另有约定外，甲方无需向乙方支付上表以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方开具的等额发票后15个工作日内，甲方支付合同总价的20%作为预付款，计人民币496,000元。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%，计人民币1,116,000元。
P:3.3 平台试运行期满并通过最终验收后15个工作日内，甲方支付合同总价的35%，计人民币868,000元。
P:3.4 甲方按国库集中支付程序付款，因财政审批流程产生的合理时间不视为甲方逾期。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后150日内完成全部开发、数据迁移与部署，并提交初步验收申请。
P:4.2 乙方应在合同签订后10个工作日内提交项目实施计划，经甲方书面确认后执行。
P:4.3 乙方应为甲方业务人员及系统管理员各组织不少于两期集中培训，提供操作手册、管理员手册、接口说明及数据字典，培训效果以甲方组织的上机考核为准。
P:4.4 乙方投入本项目的项目经理及技术负责人应与投标文件一致，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初步验收由甲方组织，验收标准为：（1）招标文件技术需求书所列功能逐项实现；（2）历史数据迁移经全量比对，记录数及关键字段一致；（3）平台在300个并发用户下，常用查询页面响应时间不超过3秒；（4）与省级平台及相关部门的接口连续10日运行无差错；（5）通过第三方机构的网络安全等级保护测评（第三级）。
P:5.2 初步验收合格后进入90日试运行期。试运行期内未发生一级故障，且初验遗留问题全部整改完毕的，甲方组织最终验收并出具书面验收报告。
P:5.3 平台上线使用、甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，由此产生的费用由乙方承担。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、接口适配及远程技术支持。
P:6.2 平台月度可用率不低于99.95%（计划内维护经甲方同意的除外）。每低于约定值0.01个百分点，甲方可扣减当期质保金或维护费人民币2,000元。
P:6.3 故障分为三级。一级故障（平台整体不可用或核心数据错误）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应；三级故障在下一个工作日内处理。一级故障每超时一小时，乙方向甲方支付人民币1,000元。
P:6.4 质保期满后，如甲方需要乙方继续提供维护服务，年度维护费不超过基础平台软件许可费的10%（即每年不超过人民币86,000元），前三个维护年度价格不上调，双方另行签订维护合同，不自动续期。
H:第七条 数据安全
P:7.1 平台中的全部业务数据、地块信息、监测数据及日志均属于甲方所有。乙方仅可为履行本合同处理上述数据，不得用于任何其他目的，不得复制、留存或向第三方提供。
P:7.2 乙方应按照《数据安全法》及网络安全等级保护第三级要求落实安全措施，包括访问控制、操作审计、敏感字段加密存储，运维操作须通过甲方堡垒机进行。
P:7.3 发生或可能发生数据泄露、篡改、丢失等安全事件时，乙方应在1小时内报告甲方并立即采取处置措施。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的损失，包括行政处罚及第三方索赔。
H:第八条 保密
P:8.1 乙方对履行本合同过程中知悉的甲方工作秘密、未公开的环境监管信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第九条 知识产权
P:9.1 为本项目定制开发的软件模块、源代码、数据库设计、接口程序及技术文档的知识产权归甲方所有，乙方应在最终验收时一并移交源代码及编译说明。
P:9.2 基础平台软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可，甲方可在本单位范围内自行或委托第三方对平台进行维护和扩展。
P:9.3 乙方保证所交付的软件不侵犯任何第三方的知识产权，否则由乙方负责处理并承担全部责任。
H:第十条 分包
P:10.1 本项目不得转包，也不得分包。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过60日，或交付成果经两次验收仍不合格的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
H:第十二条 合同解除
P:12.1 任何一方严重违反本合同，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同。
H:第十三条 争议解决
P:13.1 本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:14.2 乙方应在合同签订前按采购文件要求提交履约保证金，最终验收合格后无息退还。
P:甲方（盖章）：清州市生态环境局        乙方（盖章）：青岚环境信息技术有限公司
P:法定代表人或授权代表：__________        法定代表人或授权代表：__________
P:签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
H353Z02 = """T:钢化玻璃成型线控制系统改造合同
P:合同编号：FY-SB-2025-1186
P:甲方（买方）：福曜汽车玻璃（湖州）有限公司
P:乙方（卖方）：嘉铖智能控制工程有限公司
P:鉴于甲方二号钢化成型线原有控制系统已运行多年，备件停产、故障频发，甲方决定对该线的加热、成型、淬冷及传送控制系统进行整体改造。乙方具备相应的设计、供货与调试能力。双方经友好协商，就改造项目订立本合同。
H:一、项目范围
P:（一）乙方负责二号钢化成型线控制系统的设计、设备供货、软件许可、安装、调试、联调及培训，改造后的生产线应满足本合同附件一《技术规格书》的全部要求。
P:（二）改造范围包括加热炉温区控制、弯钢成型伺服控制、风栅淬冷风压控制、辊道传送同步控制、在线光学视觉检测以及中控室监控系统。
P:（三）甲方负责提供停线窗口、现场动力条件及既有图纸，配合乙方完成旧系统拆除与新系统接入。
H:二、合同价格
P:（一）本合同总价为人民币贰佰玖拾捌万陆仟元整（¥2,986,000），含税、含运输、保险、安装调试及培训费用。分项价格见下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制系统（冗余CPU、I/O模块、控制柜）|1套|980,000
TB:2|伺服驱动器及伺服电机|24套|612,000
TB:3|工业计算机及HMI操作站|6台|236,000
TB:4|温控仪表、热电偶及压力传感器|1批|298,000
TB:5|在线视觉检测单元（相机、光源、处理主机）|2套|402,000
TB:6|SCADA组态软件及工艺配方软件许可|1套|188,000
TB:|软硬件小计||2,716,000
TB:7|安装、调试及系统联调|1项|214,000
TB:8|培训及技术资料|1项|56,000
TB:|合同总价||2,986,000
P:（二）除设计变更经双方书面确认外，合同价格不作调整。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即人民币298,600元。
P:（二）全部设备到货并完成安装，经甲方签收后，甲方支付合同总价的55%，即人民币1,642,300元。到货签收仅为数量及外观确认，不视为验收。
P:（三）系统通过最终验收后20个工作日内，甲方支付合同总价的35%，即人民币1,045,100元。
P:（四）乙方每次收款前应开具合法有效的增值税专用发票。
H:四、交货与工期
P:（一）乙方应在合同生效后75日内将全部设备运抵甲方湖州工厂，并在甲方提供的停线窗口内（不超过20日）完成拆旧、安装与调试。
P:（二）乙方应提前提交施工方案及停线计划，经甲方生产部、设备部书面确认后实施。
P:（三）乙方进场人员应遵守甲方的安全生产、动火作业及高温区域管理制度，接受甲方安全培训并佩戴规定的防护用品。因乙方人员违章作业造成人身伤害或财产损失的，由乙方承担责任。
P:（四）乙方应随设备提供两年用量的易损备件（清单见附件二），并保证主要部件在停产后至少八年内有备件或兼容替代品供应。
P:（五）新系统接入后，旧控制柜、旧伺服设备由乙方拆除并整理入库，所有权仍归甲方，乙方不得擅自处置。
H:五、验收
P:（一）最终验收标准为：1.各温区控温精度±2℃，炉温曲线与工艺配方一致；2.成型节拍不低于改造前的1.15倍；3.视觉检测对应力斑、划伤等缺陷的检出率不低于98%，误报率不高于2%；4.连续生产168小时无因控制系统导致的停线；5.技术资料及备件清单齐全。
P:（二）最终验收由甲方生产、设备、质量部门联合进行，并出具书面验收报告。设备安装完毕、投料试产或甲方付款，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内完成整改并申请复验，复验费用由乙方承担。
P:（四）验收所需的测量仪器、测试玻璃原片及能耗由甲方提供，乙方提供测试方案、记录表格及专业调试人员。
H:六、质量保证与维保
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费修理或更换有缺陷的设备及部件，并免费提供软件缺陷修复。
P:（二）质保期内发生一级故障（导致整线停产）的，乙方应在1小时内电话响应，6小时内到达现场；其他故障应在8小时内响应。一级故障响应或到场每超时一小时，乙方向甲方支付人民币1,500元。
P:（三）质保期满后，乙方提供年度维保服务，包括定期巡检、备件保障、软件升级及7×24小时技术支持。年度维保费按软硬件小计的24%计收，即每年人民币651,840元，该价格在质保期满后的维保年度内固定不变，按年度签订维保订单。
H:七、知识产权
P:（一）乙方为本项目编写的PLC程序、HMI画面、工艺配方程序、视觉检测算法参数及相关技术文档，其知识产权归甲方所有，乙方应在验收时交付完整的源程序及注释。
P:（二）SCADA组态软件及视觉检测底层软件的知识产权归原权利人，乙方保证甲方获得永久使用许可。
H:八、数据安全
P:（一）生产线运行数据、工艺配方、质量检测图像及记录均属于甲方所有，乙方不得用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方设备部逐次审批，通过甲方指定的工业防火墙及堡垒机接入，操作全程留存日志；乙方不得将上述数据复制至甲方网络以外。
P:（三）因乙方原因导致数据泄露、篡改或生产系统遭受网络攻击的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:九、保密
P:（一）双方对在合同履行中获知的对方技术资料、工艺参数及商业信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
P:（二）乙方人员进入甲方厂区拍摄照片或视频，须事先取得甲方书面批准，且不得拍摄与本项目无关的生产区域。
H:十、分包
P:（一）乙方可将电缆敷设、桥架安装等现场施工作业分包给具备相应资质的施工单位，但应在进场前以书面形式通知甲方。乙方对分包单位的工作承担全部责任。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因乙方故意或重大过失、人身伤害及违反本合同第八条造成的损失不受此限。
H:十二、合同解除
P:（一）乙方逾期超过30日，或系统经两次复验仍不合格，或乙方有其他严重违约行为经书面催告后15日内未纠正的，甲方有权书面通知解除合同，并要求乙方返还已付款项、赔偿损失。
H:十三、适用法律与争议解决
P:（一）本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交湖州仲裁委员会按其仲裁规则仲裁。
H:十四、其他
P:（一）乙方应在改造完成后提交竣工图、电气原理图、I/O点表、程序备份介质及操作维护手册各两套，并为甲方操作工及电气维修人员提供不少于五个工作日的现场培训。
P:（二）本合同附件一《技术规格书》、附件二《设备清单》、附件三《验收大纲》与本合同具有同等效力。本合同一式四份，双方各执两份。
P:甲方：福曜汽车玻璃（湖州）有限公司（盖章）    乙方：嘉铖智能控制工程有限公司（盖章）
P:授权代表：__________    授权代表：__________
P:日期：2025年  月  日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
H353Z03 = """墨野画室教务排课及收费管理系统SaaS服务合同

合同编号：MY-IT-2025-009

甲方：杭州墨野文化艺术培训有限公司（以下简称“甲方”）
乙方：云序教育科技（杭州）有限公司（以下简称“乙方”）

鉴于甲方在杭州、绍兴、嘉兴三地经营22个美术培训校区，需要统一的排课、学员管理、课消及收费系统；乙方拥有“云序教务”SaaS平台并提供相应的实施服务。双方根据《中华人民共和国民法典》等法律法规，在平等自愿的基础上达成如下协议。

第一条 服务内容
（1）乙方向甲方22个校区开通“云序教务”SaaS平台的排课、学员档案、课时包管理、课消核销、线上收费、退费审批、教师课酬及经营报表功能，账号数量不设上限。
（2）乙方负责实施服务：校区及教室基础数据配置、历史学员与课时余额导入、收费渠道（微信、支付宝、POS）对接、与甲方财务软件的凭证接口开发，以及对校区校长、前台和财务人员的培训。
（3）平台由乙方部署在中国境内的云服务器上，乙方负责平台的运行、维护和版本更新。
（4）乙方为甲方指定一名客户成功经理，负责需求对接、问题跟踪及每月服务报告；服务报告应列明当月可用率、故障记录、处理时长及补偿金额，于次月5日前提交甲方。
（5）乙方应在上线前为每个校区至少安排一次现场或远程培训，并在上线后首个月内提供驻场支持不少于10个工作日，协助校区前台完成收费及排课的切换。
（6）平台功能的重大变更（包括删除现有功能、调整数据结构）应提前30日通知甲方，不得降低本合同约定的功能范围和服务水平。

第二条 服务期限
（1）服务期为三个服务年度，自平台上线验收合格之日起计算。
（2）服务期届满前30日，任何一方未书面提出不再续约的，本合同自动续期一个服务年度，续期次数不限。
（3）每次续期时，乙方有权根据其当期产品价格体系调整服务费，调整后的服务费以乙方书面通知为准；甲方未在续期前提出异议的，视为接受。

第三条 费用及支付
（1）本合同总价为人民币1,016,000元，其中：平台服务费每个服务年度人民币286,000元（22个校区，每校区每服务年度13,000元），三个服务年度共计858,000元；一次性实施费人民币158,000元。
（2）实施费在平台上线验收合格后15个工作日内一次付清。
（3）平台服务费按服务年度支付，甲方于每个服务年度开始后10个工作日内支付当年度服务费。
（4）新增校区按每校区每服务年度13,000元按剩余月份折算，不足一个月按一个月计；关闭校区的，自次一服务年度起相应减少服务费。
（5）乙方收款前应开具增值税普通发票，发票内容应注明服务期间及校区数量。线上收费产生的支付通道手续费由甲方与支付机构直接结算，不属于本合同价款。

第四条 上线与验收
（1）乙方应在合同签订后45日内完成全部配置、数据导入及接口开发，并通知甲方进行上线验收。
（2）上线验收标准：（a）历史学员档案及课时余额导入后与甲方提供的底表逐校区核对一致；（b）排课冲突检测、课消扣减、退费计算按附件一的业务规则测试通过；（c）收费渠道对账连续7日无差异；（d）财务凭证接口生成的凭证经甲方财务确认无误。
（3）验收合格的，甲方出具书面验收单；平台试用或甲方开始收费，不视为验收合格。

第五条 服务水平
（1）平台月度可用率不低于99.5%，计划内维护应安排在22:00至次日7:00之间并提前48小时通知甲方。
（2）故障分级及响应：一级故障（全部校区无法登录、收费或课消中断）乙方应在1小时内响应，并在6小时内恢复；二级故障（部分功能异常）在8小时内处理；一般问题在2个工作日内答复。
（3）服务补偿：月度可用率每低于约定值1个百分点，乙方按当月服务费（年度服务费的十二分之一）的5%向甲方补偿，在下一期服务费中抵扣；一级故障超过恢复时限的，每超过一小时补偿人民币500元。

第六条 数据
（1）甲方录入及在平台产生的学员、家长、教师、课时、收费等全部数据属于甲方所有。乙方仅为向甲方提供本合同服务而处理上述数据，不得用于其他用途。
（2）乙方应采取访问控制、传输及存储加密、操作日志留存、异地备份等安全措施，学员及家长的个人信息处理应符合《个人信息保护法》的规定。
（3）发生数据泄露或疑似泄露时，乙方应在24小时内通知甲方，配合甲方处置并承担因其过错给甲方造成的损失，包括甲方向学员家长承担的赔偿。
（4）合同终止后30日内，乙方应将全部数据以通用格式交还甲方，并在甲方确认后彻底删除。
（5）乙方每日对甲方数据进行全量备份，备份保留不少于30日；因乙方原因造成数据丢失的，乙方应负责恢复，无法恢复的承担赔偿责任。

第七条 知识产权
（1）平台软件及其后续版本的知识产权归乙方所有。
（2）乙方为甲方开发的财务凭证接口、定制报表及甲方专属的配置成果，其知识产权归甲方所有，甲方可自行或委托他人修改和使用。

第八条 保密
双方对履行本合同知悉的对方商业秘密、经营数据、学员名单、课程定价及技术信息负有保密义务，未经对方书面同意不得披露，本条在合同终止后继续有效。乙方应要求其接触甲方信息的员工签署保密承诺。

第九条 违约责任
（1）乙方未按第四条约定期限完成上线的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
（2）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
（3）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但乙方违反第六条、第八条的除外。

第十条 培训及资料
（1）乙方应向甲方提供管理员手册、前台操作手册、财务对账说明及常见问题解答，并在平台版本更新时同步更新。
（2）甲方新开校区的人员培训由乙方以远程方式免费提供，每个新校区不少于两小时。
（3）乙方每个服务年度至少组织一次面向甲方管理层的经营数据分析交流，协助甲方使用平台报表进行校区经营管理。
（4）乙方应开通专属客服群，工作日9:00至21:00、周末9:00至18:00在线答复校区人员的操作咨询，一般咨询应在30分钟内回复。

第十一条 分包
乙方不得将本合同项下的实施服务分包给第三方，确需分包的，应事先取得甲方书面同意。

第十二条 合同解除
（1）任何一方严重违约，经对方书面催告后15日内未予纠正的，守约方有权书面通知解除合同。
（2）平台连续两个月可用率低于97%的，甲方有权解除合同，乙方应退还未使用服务期的服务费。
（3）合同解除或期满不再续约的，乙方应继续提供不少于30日的只读访问，便于甲方导出数据和完成系统切换，该期间不另行收费。

第十三条 适用法律及争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方住所地人民法院起诉。

第十四条 其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。附件一《业务规则说明》、附件二《校区清单》为本合同组成部分。

甲方（盖章）：杭州墨野文化艺术培训有限公司
乙方（盖章）：云序教育科技（杭州）有限公司
日期：2025年  月  日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
H353Z04 = """职工服务系统年度运维服务合同

采购项目名称：市总工会职工服务系统2025—2026服务年度运维服务
采购方式：竞争性磋商
项目编号：LSZC-2025-CS-118

甲方（采购人）：临州市总工会
乙方（成交供应商）：临州数智信息服务有限公司

根据临州市总工会职工服务系统年度运维服务项目竞争性磋商的结果，乙方为成交供应商。为明确双方权利义务，依据《中华人民共和国政府采购法》《中华人民共和国民法典》，双方订立本合同。

1. 服务对象与范围
1.1 运维对象为甲方职工服务系统，包括“临州职工之家”移动端、职工会员实名认证、困难职工帮扶申请审批、普惠活动报名、法律援助预约等业务子系统，以及系统所依托的数据库、中间件和政务云上的12台虚拟主机。
1.2 运维服务内容：日常监控与巡检、故障处理、数据库维护与备份、安全加固与漏洞修复、小规模功能优化（全年不超过80人日）、节假日及重大活动期间保障、运维文档维护。
1.3 乙方应在服务期开始前完成与上一运维单位的交接，交接内容包括账号权限、系统拓扑、运维手册及未关闭问题清单。

2. 服务期限
2.1 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
2.2 服务期满后，甲方根据政府采购规定重新组织采购，本合同不自动续期。

3. 合同金额与支付
3.1 合同总金额为人民币468,000元，含运维人员费用、工具费用、税费及服务期内的全部费用。
3.2 服务费按季度支付，每季度人民币117,000元。每季度结束后，甲方依据第6条进行季度考核，考核合格后15个工作日内支付该季度服务费，考核扣减的金额从当季服务费中扣除。
3.3 本合同不设预付款。

4. 人员要求
4.1 乙方应安排驻场运维工程师2名，工作日8:30—17:30在甲方指定场所办公，其中至少1人具有数据库管理相关认证。
4.2 乙方另设二线支持团队，提供7×24小时远程支持。驻场人员更换应提前15日书面报甲方同意。
4.3 驻场人员应遵守甲方的考勤、安全和办公管理制度，对职工来电咨询应耐心解答并做好记录。

5. 服务水平
5.1 系统月度可用率不低于99.95%（甲方同意的计划内停机除外）。
5.2 故障分级：一级故障指系统整体不可用、会员认证或帮扶审批业务中断、发生数据安全事件；二级故障指部分功能不可用；三级故障指一般性问题。
5.3 响应与处理时限：一级故障15分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内解决；三级故障在2个工作日内解决。
5.4 乙方每月提交运维月报，内容包括巡检结果、故障清单、变更记录和备份检查情况。
5.5 重大活动保障：在“五一”劳动节、职工运动会、金秋助学等集中申请期间，乙方应提前3日完成专项巡检和压力评估，活动期间驻场人员延长值守至22:00，并安排二线工程师在线待命。
5.6 变更管理：涉及生产环境的配置修改、版本发布及数据库结构调整，乙方应提前提交变更方案及回退方案，经甲方审批后在非业务高峰时段实施，实施后提交变更报告。
5.7 功能优化：甲方提出的小规模功能优化需求，乙方应在5个工作日内评估工作量并提交实施计划，经甲方确认后实施，所耗人日计入第1.2条的全年额度，额度内不另行收费。

6. 考核与验收
6.1 季度考核指标：月度可用率、故障响应及处理及时率、巡检完成率、备份恢复演练结果、月报提交情况。
6.2 考核扣减：可用率每低于约定值0.01个百分点扣减人民币500元；一级故障响应或恢复每超时一小时扣减人民币1,000元；巡检或月报每缺一次扣减人民币300元。单季度扣减总额以当季服务费为限。
6.3 季度考核由甲方信息中心组织，乙方应在每季度结束后5个工作日内提交自评报告及佐证材料，甲方在收到后10个工作日内出具考核结果。
6.4 服务期满，甲方对全年运维工作进行终期验收，验收内容为全年考核结果、运维文档和数据的完整移交，并出具书面验收意见。

7. 数据安全
7.1 系统中的会员信息、帮扶对象信息及全部业务数据属于甲方，乙方仅为履行运维服务访问，不得用于其他任何目的。
7.2 乙方运维人员须通过甲方堡垒机操作，禁止私自导出、复制数据；涉及数据修改的操作须经甲方书面审批并留存记录。
7.3 乙方应落实网络安全等级保护第三级要求的运维安全措施，每季度开展一次备份恢复演练和漏洞扫描，发现高危漏洞应在72小时内完成修复或采取临时防护措施。
7.4 发生数据泄露、丢失、被篡改等安全事件时，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方损失。

8. 知识产权
8.1 乙方在服务期内形成的运维文档、脚本、功能优化代码及配置成果归甲方所有，乙方应随月报提交更新版本。
8.2 乙方保证其使用的运维工具不侵犯第三方权利。因乙方使用的工具或软件引起知识产权纠纷的，由乙方负责处理并承担全部费用。

9. 分包
9.1 乙方不得转包或分包本合同项下的任何服务，也不得以劳务派遣等方式变相转移驻场服务。

10. 违约责任
10.1 乙方未按第1.3条在约定日期前完成交接，或未在甲方书面通知的期限内完成整改的，每逾期一日，按合同总金额的万分之三向甲方支付违约金。
10.2 驻场人员未经甲方同意擅自离岗或更换的，每人每日扣减人民币400元。
10.3 甲方无正当理由逾期支付服务费的，按照政府采购相关规定承担责任。
10.4 因乙方运维操作失误导致数据损坏或业务中断的，乙方除按第6.2条接受考核扣减外，还应负责恢复数据和业务，并赔偿甲方由此遭受的直接损失。

11. 合同解除
11.1 乙方连续两个季度考核不合格，或发生因乙方原因导致的重大数据安全事件，或有其他严重违约行为经书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期结算费用。

11.2 甲方未按约定支付服务费，经乙方书面催告后30日内仍未支付的，乙方有权书面通知解除合同。

12. 服务交接
12.1 合同终止或期满时，乙方应在10个工作日内向甲方或甲方指定的新运维单位移交全部账号、文档、脚本及未结问题，并配合完成不少于5个工作日的交接过渡。

13. 争议解决
13.1 本合同适用中华人民共和国法律。本合同未约定的事项，按磋商文件及乙方响应文件执行。履行中发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 磋商文件、乙方响应文件及成交通知书为本合同的组成部分。
14.2 本合同一式四份，甲方三份，乙方一份，自双方签章之日起生效。

甲方（章）：临州市总工会              乙方（章）：临州数智信息服务有限公司
代表人：__________                   代表人：__________
签订日期：2025年  月  日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条 + 1.1, supplier's template)
H353Z05 = """# 质量管理系统（QMS）软件许可及定制开发合同

**衡质软件标准合同文本 HZ-QMS-V4.0**

合同编号：HZ-2025-QMS-0731

- 甲方（采购方）：潮记食品（汕头）有限公司
- 乙方（供应方）：衡质软件科技（深圳）有限公司

甲方为牛肉丸、牛筋丸等速冻肉制品生产企业，拟引入质量管理系统，实现原料验收、生产过程关键控制点（CCP）监控、批次追溯及成品放行的信息化管理。乙方为衡质QMS产品的开发商。双方经协商，按乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供衡质QMS标准版软件许可（永久许可，50个并发用户），并在此基础上为甲方进行定制开发。

1.2 定制开发内容包括：HACCP计划及CCP监控（绞肉、打浆温度，速冻中心温度，金属探测）电子记录；原料牛肉到货检验与供应商评价；批次追溯（从原料批次到成品批次及发货客户）；成品检验与放行审批；以及与甲方现有ERP、冷库温控系统和金属探测设备的数据接口。

1.3 乙方负责系统在甲方服务器上的安装部署、基础数据初始化及操作培训。

1.4 系统应支持甲方两个生产车间、一个冷库及原料验收岗位同时使用，并能按食品安全监管部门的要求导出批次追溯报告。具体功能以双方确认的《需求规格说明书》为准；需求规格说明书确认后，新增需求按变更处理。

## 第二条 合同价格

2.1 合同总价为人民币1,128,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 衡质QMS标准版软件许可（50并发） | 480,000 |
| 2 | 定制开发（HACCP/CCP、追溯、放行、接口） | 560,000 |
| 3 | 部署实施及培训 | 88,000 |
| | 合计 | 1,128,000 |

2.2 甲方提出需求变更的，乙方按每人日人民币2,200元另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的65%，即人民币733,200元。

3.2 系统上线运行后10个工作日内，甲方支付合同总价的35%，即人民币394,800元。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

## 第四条 实施与交付

4.1 乙方在收到第3.1条款项后开始实施，计划于90个工作日内完成开发和部署。实施计划由乙方制定，甲方应按计划提供需求确认、测试数据及现场条件。

4.2 因甲方需求变更、配合不及时或数据准备延误造成的工期延误，交付日期相应顺延。

4.3 甲方应提供满足乙方配置要求的服务器、数据库及网络环境，并指定一名项目联系人负责需求确认和内部协调。甲方提供的服务器环境不满足要求的，乙方可暂停实施，直至甲方整改完毕。

4.4 乙方为甲方质量部、生产部及仓储部的关键用户各提供一次集中培训，培训时长合计不超过三天。超出部分按第2.2条人日单价另行收费。

4.5 乙方交付物包括：安装程序、用户操作手册、系统管理员手册及接口说明。源代码不属于交付物范围。

## 第五条 验收

5.1 系统安装部署完成并上线运行后，即视为甲方验收合格。

5.2 甲方如对系统有意见，可在上线后以工单形式提出，乙方在后续版本中酌情处理。

## 第六条 免费维护及技术支持

6.1 乙方自系统上线之日起提供六个月的免费维护，内容为软件缺陷修复及远程技术支持。

6.2 免费维护期内，一级故障（系统无法登录或批次追溯功能不可用）乙方在8小时内响应，其他问题在2个工作日内响应。故障处理时间视问题复杂程度而定。

6.3 乙方对响应及处理时间不作赔偿承诺，不承担因此产生的扣款或违约金。

6.4 因甲方擅自修改系统配置、操作不当、服务器或网络故障、病毒入侵等非乙方原因导致的问题，不属于免费维护范围，乙方可按人日单价收费处理。

## 第七条 后续维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级，应与乙方签订年度维护协议。

7.2 年度维护费按乙方届时公布的服务价格标准执行，乙方有权根据市场情况每年调整。

## 第八条 知识产权

8.1 衡质QMS标准版软件及其所有版本的知识产权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、报表、接口程序、源代码及相关文档，知识产权归乙方所有。甲方在许可范围内享有非独占的使用权，不得自行或委托第三方修改、反编译或向他人提供。

## 第九条 数据

9.1 甲方在系统中录入和产生的生产、检验及追溯数据归甲方所有。

9.2 乙方应采取必要的技术措施保护系统中的数据安全，包括账号权限控制、操作日志和定期备份；因乙方原因造成数据泄露或丢失的，乙方应及时通知甲方并承担相应责任。

9.3 甲方同意乙方在去除企业名称等标识信息后，使用系统中的检验及工艺数据用于乙方产品改进、行业质量分析及算法训练，该使用权在合同终止后继续有效。

9.4 甲方授权乙方工程师为实施和维护目的访问系统及数据库，乙方应将访问人员名单报甲方备案。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密和技术信息承担保密义务，保密期限为合同终止后两年。

## 第十一条 违约责任

11.1 因乙方原因逾期交付的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%；乙方对甲方的间接损失、利润损失及产品召回损失不承担责任。

11.3 甲方应按时付款，及时确认需求、测试结果及阶段成果，并保证所提供的基础数据真实、完整。甲方未在乙方通知后5个工作日内确认的，视为甲方同意乙方的方案或成果。

11.4 甲方应自行负责服务器、操作系统、数据库的运行维护及数据备份，因甲方未备份造成的数据损失由甲方自行承担。

## 第十二条 合同解除

12.1 一方严重违约，经对方书面通知后30日内未纠正的，对方有权解除本合同。

12.2 合同解除后，甲方已支付的许可费不予退还。

12.3 甲方因自身经营原因要求提前终止定制开发的，应按乙方已完成的工作量支付费用。

## 第十三条 争议解决

13.1 因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

14.2 本合同未尽事宜，由双方另行协商并签订书面补充协议。

甲方（盖章）：潮记食品（汕头）有限公司　　　乙方（盖章）：衡质软件科技（深圳）有限公司

授权代表：__________　　　授权代表：__________

日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N, price rows)
H353E01 = """T:SOFTWARE LICENCE AND IMPLEMENTATION AGREEMENT
P:Agreement No. VG-CN-2025-014
P:This Agreement is made between Tianjin Qingyun Yangliuqing Woodblock Print Studio Co., Ltd., a company registered in Xiqing District, Tianjin, People's Republic of China (the "Buyer"), and Vadgrav Bildsystem AB, a company registered in Sweden with its office at Storgatan 19, 592 30 Vadstena, Sweden (the "Vendor").
H:Recitals
P:(A) The Buyer produces traditional Yangliuqing New Year woodblock prints and wishes to digitise the preparation of line blocks and colour blocks, from the scanning of original drawings to the output of carving templates for its craftsmen.
P:(B) The Vendor develops and licenses the BlockSmith software for woodblock and relief-print workshops and has offered perpetual licences, configuration for the Buyer's workflow, installation and training.
P:(C) At the Buyer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the BlockSmith Studio workstation software and the BlockSmith Colour Separation module in the versions listed in Annex 1, together with their documentation and any corrections or new versions supplied under this Agreement.
P:1.2 "Configuration Work" means the Buyer-specific work described in Annex 2: the Yangliuqing colour-block library, carving-template layouts for the Buyer's standard block sizes, the pigment palette mapping and the export interface to the Buyer's laser engraving table.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Configuration Work meet the acceptance criteria.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software on six workstations at the Buyer's studios in Tianjin for the Buyer's own business, including the production of prints for sale.
P:2.2 The Vendor shall perform the Configuration Work, install the Software on the Buyer's workstations, connect the export interface to the engraving table and train the Buyer's staff as described in Annex 2.
P:2.3 The Buyer shall provide the workstations, network access, sample drawings and access to its master carvers for the review of the colour-block library.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 816,000 (the "Contract Price"), inclusive of VAT, travel and all expenses of the Vendor. It is made up as follows:
TB:Item 1|BlockSmith Studio workstation licences, perpetual, 6 seats at CNY 78,000|CNY 468,000
TB:Item 2|BlockSmith Colour Separation module, perpetual site licence|CNY 144,000
TB:Licence subtotal|Items 1 and 2|CNY 612,000
TB:Item 3|Configuration Work (colour-block library, templates, palette mapping, engraving interface)|CNY 148,000
TB:Item 4|Installation on site in Tianjin and training (two courses)|CNY 56,000
TB:Total Contract Price||CNY 816,000
P:3.2 The Contract Price is fixed. Work outside Annex 2 requires a written change order signed by both parties before it starts.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price (CNY 163,200) within 20 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Buyer shall pay 45% of the Contract Price (CNY 367,200) within 20 days after the Software is installed on all six workstations and the installation record is signed. Signature of the installation record confirms completeness of delivery only and is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 285,600) within 20 days after Final Acceptance.
P:4.4 Payments are made by bank transfer in CNY to the account named in the Vendor's invoice. Any bank charges outside China are borne by the Vendor.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation within 60 days and submit the Software and Configuration Work for acceptance testing within 100 days after signature.
P:5.2 The acceptance criteria are: (a) every function in Annex 2 works as specified; (b) ten reference prints chosen by the Buyer are separated into line and colour blocks which the Buyer's master carvers confirm as usable without manual redrawing of more than minor details; (c) carving templates exported to the engraving table match the source files within 0.1 mm; (d) the Software runs on all six workstations for 20 working days without a Severity 1 fault; and (e) the documentation and training records are complete.
P:5.3 If the criteria are met, the Buyer shall issue a written Final Acceptance certificate within 10 working days. Installation, use of the Software in production or any payment is not acceptance. If the criteria are not met, the Vendor shall correct the defects at its own cost and resubmit within 15 days.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Configuration Work will perform in accordance with Annex 2 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply new versions and provide remote support free of charge.
P:6.2 Faults are classified as Severity 1 (the Software cannot be used on any workstation or the engraving export fails), Severity 2 (a function is impaired but a workaround exists) and Severity 3 (other issues). The Vendor shall respond to a Severity 1 fault within 2 hours during the Buyer's working hours (08:00 to 18:00 Beijing time) and restore use within one working day; Severity 2 faults within one working day; Severity 3 faults in the next release.
P:6.3 For each full hour by which the Vendor misses the Severity 1 response time, the Vendor shall credit the Buyer CNY 800 against the next payment or support fee.
P:6.4 After the Warranty Period the Buyer may order annual support (corrections, new versions and remote support on the terms of Articles 6.2 and 6.3). The annual support fee is 11% of the Licence subtotal, i.e. CNY 67,320 per year, fixed for the first three support years; any later change requires written agreement and may not exceed 3% per year. Support is ordered year by year and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 The colour-block library, the carving-template layouts, the palette mapping and all other results of the Configuration Work, including their source files, belong to the Buyer, which may use, modify and license them freely. The Vendor shall deliver them in editable form at Final Acceptance.
P:7.3 The Buyer's original drawings, scans and prints remain the property of the Buyer.
P:7.4 The Vendor shall defend and indemnify the Buyer against any claim that the Software infringes a third party's intellectual property rights.
H:Article 8 Buyer Data
P:8.1 All drawings, scans, block files and production records processed with the Software ("Buyer Data") belong to the Buyer. The Vendor may process Buyer Data only to perform this Agreement and shall not copy, retain or use it for any other purpose.
P:8.2 Remote access by the Vendor requires the Buyer's approval for each session, uses the Buyer's VPN with individual accounts, and is logged. The Vendor shall not transfer Buyer Data outside the Buyer's systems and shall apply the security measures in Annex 3, including malware protection of its support laptops.
P:8.3 The Vendor shall notify the Buyer within 24 hours of any actual or suspected unauthorised access to Buyer Data and shall be liable for losses caused by its breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party, including the Buyer's unpublished designs, and shall not disclose it to any third party without prior written consent. This obligation survives for three years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor fails to submit the Software and Configuration Work for acceptance within the period in Article 5.1 for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 The total liability of either party under this Agreement is limited to 150% of the Contract Price, except for liability for personal injury, wilful misconduct, infringement under Article 7.4 and breach of Articles 8 and 9, which is not limited.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the Configuration Work or installation without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:12.2 The Buyer may also terminate if the delay under Article 10.1 exceeds 45 days, in which case the Vendor shall refund all amounts paid for work not accepted.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Sweden, without regard to its conflict-of-law rules.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration under the Rules of the Arbitration Institute of the Stockholm Chamber of Commerce. The seat of arbitration shall be Stockholm and the language English.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Software and versions), Annex 2 (Configuration Work and training) and Annex 3 (Security measures), is the entire agreement of the parties. Amendments must be in writing and signed by both parties.
P:14.2 This Agreement is signed in two English originals, one for each party.
P:For the Buyer: ____________________ Tianjin Qingyun Yangliuqing Woodblock Print Studio Co., Ltd.
P:For the Vendor: ____________________ Vadgrav Bildsystem AB, Vadstena
P:Date: ____________________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
H353E02 = """# ORDER FORM AND GENERAL TERMS — FJORDTICKET SUBSCRIPTION

**Order Form No. FT-2025-CN-031**

## PART A — ORDER FORM

### A1. Parties

- **Customer:** Xinzhou Wutai Pilgrim Coach Transport Co., Ltd., Taihuai Town, Wutai County, Shanxi Province, People's Republic of China.
- **Provider:** Fjordticket AS, Tistedalsgata 8, 1772 Halden, Norway.

### A2. Background

The Customer runs scheduled and charter coaches between Taiyuan, Xinzhou, Wutai Mountain scenic area and the temples of Taihuai, and sells seats at its ticket offices, through hotels and travel agencies, and online. It wishes to replace its ticketing software with the Provider's hosted FjordTicket platform. At the Customer's request all fees in this Order Form are stated and invoiced in Chinese yuan (CNY).

### A3. Services ordered

1. FjordTicket Core: timetable and fare management, seat inventory, ticket-office sales, QR e-tickets, boarding validation on handheld scanners, agency sales portal and daily revenue reports.
2. FjordTicket Web and Mini-Programme sales channel, with payment through the Customer's own WeChat Pay and Alipay merchant accounts.
3. Set-up Services: configuration of 38 routes and fare tables, import of agency accounts, connection of 60 handheld scanners, integration with the Customer's finance system and training of ticket-office staff.

### A4. Subscription Term

The Subscription Term is three Subscription Years starting on the Go-Live Date defined in Part B, clause B3. The Subscription Term does not renew automatically; any extension requires a new Order Form signed by both parties.

### A5. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription fee, Subscription Year 1 | fixed | 268,000 |
| Subscription fee, Subscription Year 2 | fixed | 268,000 |
| Subscription fee, Subscription Year 3 | fixed | 268,000 |
| Set-up Services | one-time, fixed | 46,000 |
| **Total Order Value** | | **850,000** |

Payment-gateway charges are agreed directly between the Customer and its payment providers and are not part of the Total Order Value. Ticket volumes are not limited.

### A6. Invoicing and payment

1. The Set-up Services fee is invoiced after Go-Live Acceptance under clause B3 and is payable within 30 days of the invoice.
2. Each Subscription Year's fee is invoiced at the start of that Subscription Year and is payable within 30 days of the invoice.
3. No other amount is payable before the Go-Live Date.
4. Invoices shall be official VAT invoices (fapiao) issued by the Provider's authorised partner in China on the Provider's behalf.

### A7. Project dates

The Provider shall make the platform ready for Go-Live Acceptance testing no later than 50 days after signature of this Order Form, so that the Customer can start selling through FjordTicket before the summer pilgrimage season.

### A8. Contacts

The Customer's project lead is the head of its ticketing department; the Provider's project lead is its China delivery manager, who works from the Provider's partner office in Taiyuan. Both project leads shall meet weekly until Go-Live Acceptance and shall keep a shared list of open issues, decisions and dates. Changes to the configuration after Go-Live are requested by the Customer's ticketing department through the support portal.

## PART B — GENERAL TERMS

### B1. Definitions

- **Customer Data** means timetables, fares, passenger names, identity numbers, phone numbers, ticket and boarding records, agency data and any other data entered into or generated in the platform for the Customer.
- **Go-Live Date** means the date of the Customer's written Go-Live Acceptance.
- **Platform** means the FjordTicket software and hosting provided as a service.

### B2. Provision of the Platform

1. The Provider shall provide the Platform to the Customer during the Subscription Term and shall host it in a data centre in mainland China operated by a licensed cloud provider.
2. The Provider will use commercially reasonable efforts to keep the Platform available and to correct faults reported by the Customer. Support requests may be raised by e-mail or through the support portal and will be answered as soon as reasonably practicable.
3. The Provider may carry out maintenance at times it considers appropriate and will try to give notice in advance.
4. The Provider may update the Platform from time to time, provided that the functions listed in Part A, section A3 are not reduced.
5. The Provider shall supply the handheld scanner application, keep it compatible with the scanner models listed in its offer, and provide instructions for the Customer's staff to install updates at the ticket offices and on the coaches.
6. The Provider shall keep a Chinese-language user guide for ticket-office staff, agencies and drivers up to date and shall make it available in the Platform.

### B3. Set-up and Go-Live Acceptance

1. The Provider shall perform the Set-up Services and notify the Customer when the Platform is ready for testing.
2. Go-Live Acceptance tests shall show that: (a) all 38 routes and fare tables are configured and match the Customer's approved list; (b) ticket-office sales, refunds and exchanges work for each ticket type; (c) e-tickets sold online are validated correctly on the handheld scanners, including offline validation and later upload; (d) the daily revenue report reconciles with the payment accounts for five consecutive trial days; and (e) the finance interface posts correct entries.
3. When the tests are passed the Customer shall sign a Go-Live Acceptance certificate. Trial sales or use of the Platform before that date are not acceptance.
4. If the Platform is not ready for testing by the date in Part A, section A7 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 600 for each day of delay, up to a total of CNY 42,500.

### B4. Customer Data

1. Customer Data belongs to the Customer. The Provider shall process it only on the Customer's instructions and only to provide the Platform and the services under this Order Form.
2. The Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, role-based access, logging of administrator access, daily backups stored in mainland China and the security measures required for the Platform's MLPS level-2 filing. Personal information shall be processed in compliance with the Personal Information Protection Law of the PRC.
3. Customer Data shall not be transferred outside mainland China. The Provider's staff in Norway shall not access production data except for a specific support request approved by the Customer in writing.
4. The Provider shall notify the Customer within 24 hours of becoming aware of any security incident affecting Customer Data, shall take immediate measures to contain it, and shall be responsible for losses, fines and third-party claims resulting from an incident caused by the Provider's breach of this clause.
5. Within 30 days after the end of the Subscription Term the Provider shall return all Customer Data in a commonly used format and then delete it, and shall confirm the deletion in writing.

### B5. Intellectual property

1. The Platform and all related software remain the property of the Provider and its licensors.
2. The route and fare configuration, report templates and the finance interface built for the Customer belong to the Customer, which may use, modify and hand them to a successor provider.

### B6. Confidentiality

Each party shall keep confidential the other party's non-public business and technical information, use it only for this Order Form and not disclose it to third parties without prior written consent. This clause survives for three years after the Subscription Term.

### B7. Subcontracting

The Provider shall not subcontract any part of the services without the Customer's prior written consent, except for the hosting provider named in the Provider's offer, which the Customer approves by signing this Order Form. The Provider remains responsible for its subcontractors.

### B8. Liability

1. Neither party is liable for indirect or consequential loss, loss of profit or loss of revenue, except in cases of wilful misconduct.
2. The Provider's total liability arising out of or in connection with this Order Form is limited to CNY 170,000.

### B9. Term and termination

1. This Order Form continues until the end of the Subscription Term.
2. Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.
3. On termination by the Customer for the Provider's breach, the Provider shall refund the prepaid subscription fee for the remaining part of the Subscription Year.

### B10. Governing law and disputes

1. This Order Form is governed by the laws of the People's Republic of China.
2. Any dispute shall be submitted to the Taiyuan Arbitration Commission for arbitration in Taiyuan in accordance with its rules. The award is final and binding on both parties.

### B11. General

1. Notices must be in writing and sent by courier or e-mail to the contacts in Part A. Operational messages about support requests may be exchanged through the support portal.
2. Part A prevails over Part B where they conflict.
3. Amendments require a written document signed by both parties.

**Signed for the Customer:** ____________________ (name, title, company seal)

**Signed for the Provider:** ____________________ (name, title)

Date: ____________________
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
H353E03 = """T:Supply and Installation Contract — Orchard Frost Monitoring System
P:Contract No. ZXL-2025-PUR-027
P:Buyer: Hebei Zhaozhou Snow Pear Orchard Co., Ltd., Zhao County, Shijiazhuang, Hebei Province, People's Republic of China (the "Buyer").
P:Supplier: Kjaergaard Agro Sensing ApS, Storegade 41, 6100 Haderslev, Denmark (the "Supplier").
P:Whereas the Buyer operates 620 hectares of snow-pear orchards in which spring frost during flowering causes serious crop losses, and has selected the Supplier following its request for quotations to supply, install and commission a frost monitoring and alert system, the parties agree as follows. This Contract is on the Buyer's standard purchasing terms. At the Buyer's request all prices are stated and paid in Chinese yuan (CNY).
H:Section 1 Definitions and Scope
P:1.1 "System" means the sensor nodes, gateways, weather stations, FrostWatch software and all other items listed in Section 2, installed and configured as described in the Technical Specification in Annex A.
P:1.2 The Supplier shall design the sensor layout for the Buyer's 14 orchard blocks, supply and install the System, connect it to the Buyer's existing wind machines and sprinkler controllers through the interfaces listed in Annex A, configure frost alert thresholds with the Buyer's agronomists, and train the Buyer's staff.
P:1.3 The System shall send alerts to the orchard managers by SMS, voice call and the FrostWatch mobile application when leaf or bud temperature in any block falls below the configured thresholds.
H:Section 2 Price
P:2.1 The Contract Price is CNY 1,292,000, inclusive of VAT, import duties, delivery to the Buyer's site, insurance, installation and training. It is fixed and itemised as follows:
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Frost sensor nodes (bud temperature, leaf wetness, air temperature)|180|648,000
TB:2|LoRa gateways with solar power kits|8|168,000
TB:3|Automatic weather stations|2|92,000
TB:4|FrostWatch software, perpetual orchard site licence|1|240,000
TB:|Hardware and Licence Subtotal||1,148,000
TB:5|Installation, commissioning and interfaces to wind machines and sprinklers|1 lot|126,000
TB:6|Training of orchard managers and technicians|1 lot|18,000
TB:|Contract Price||1,292,000
H:Section 3 Payment
P:3.1 The Buyer shall pay 10% of the Contract Price (CNY 129,200) within 15 days after signature and receipt of the Supplier's invoice.
P:3.2 The Buyer shall pay 55% of the Contract Price (CNY 710,600) within 15 days after all items are delivered, installed and recorded in a signed installation certificate. The installation certificate is not acceptance of the System.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 452,200) within 15 days after Final Acceptance under Section 5.
H:Section 4 Delivery
P:4.1 The Supplier shall deliver and install the complete System no later than 20 February 2026, before the flowering season.
P:4.2 Risk in each item passes to the Buyer on delivery to the Buyer's site; title passes on payment under Section 3.2.
P:4.3 The Supplier shall submit an installation plan with the sensor positions for each block at least 20 days before installation starts; the plan requires the Buyer's written approval. Work in the orchards shall be coordinated with the Buyer's pruning and spraying schedule.
P:4.4 The Supplier shall carry out installation in the orchard blocks without damaging trees, irrigation lines or trellis wires and shall restore any damage at its own cost.
H:Section 5 Acceptance
P:5.1 Acceptance testing consists of: (a) a calibration check of every sensor node against a reference thermometer, with a deviation of no more than 0.3 °C; (b) radio coverage of all 14 blocks with packet loss below 2% over seven days; (c) alert tests in which a simulated frost event in each block triggers SMS, voice and application alerts to all listed managers within 90 seconds; (d) start of the wind machines and sprinklers through the interfaces on command; and (e) 21 consecutive days of operation without a Severity 1 fault.
P:5.2 When all criteria are met, the Buyer shall issue a Final Acceptance certificate. Installation, use of the System during frost nights or payment of any instalment does not constitute acceptance.
P:5.3 If any test fails, the Supplier shall correct the defect and repeat the test at its own cost within 10 days.
H:Section 6 Warranty, Service Levels and Support
P:6.1 The Supplier warrants the System for 36 months from Final Acceptance. During this period it shall repair or replace defective hardware free of charge, including batteries and solar panels, and shall supply software corrections and new versions of FrostWatch.
P:6.2 During the frost season (1 March to 15 May) the FrostWatch alert service shall be available at least 99.95% of the time in each month. For each 0.01 percentage point below this level the Supplier shall credit the Buyer CNY 1,500.
P:6.3 Faults are classified as Severity 1 (alerts cannot be sent for one or more blocks, or the wind-machine interface fails), Severity 2 (individual sensors or functions fail) and Severity 3 (other issues). The Supplier shall respond to a Severity 1 fault within 30 minutes at any time during the frost season and within 2 hours outside it, and shall have a technician of its Shijiazhuang service partner on site within 6 hours when needed. For each hour by which the response or on-site time is exceeded, the Supplier shall pay CNY 1,000.
P:6.4 Before each frost season the Supplier shall inspect all sensor nodes and gateways, replace weak batteries, check the calibration of a sample of sensors and test the alert chain with the orchard managers, and shall report the results to the Buyer in writing.
P:6.5 After the warranty period the Buyer may order annual support covering hardware repair, spare parts and software updates. The annual support fee is 7% of the Hardware and Licence Subtotal, i.e. CNY 80,360 per year, and will not be increased for the first three support years. Support is ordered by separate purchase order each year and does not renew automatically.
H:Section 7 Data
P:7.1 All measurements, alerts, orchard maps and operating records collected by the System belong to the Buyer. The Supplier may use them only to perform this Contract.
P:7.2 The FrostWatch server shall be installed on the Buyer's own server at the orchard office. Remote access by the Supplier requires the Buyer's approval, individual accounts and a logged VPN connection. The Supplier shall keep the software patched, protect the gateways with unique passwords and encryption, and shall not copy data outside the Buyer's systems.
P:7.3 The Supplier shall notify the Buyer within 24 hours of any security incident affecting the System or its data, shall take measures to contain it, and shall compensate the Buyer for losses caused by its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 FrostWatch and the sensor firmware remain the property of the Supplier. The Buyer receives a perpetual licence to use them with the System.
P:8.2 The sensor layout design, the alert threshold configuration, the interface programs for the wind machines and sprinklers and the documentation made for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties.
H:Section 9 Confidentiality
P:9.1 Each party shall keep confidential the other party's non-public technical and commercial information, including the Buyer's yield and orchard data, prices and customer lists, and shall not disclose it without prior written consent. This obligation continues for three years after the end of this Contract.
H:Section 10 Delay and Liability
P:10.1 If the Supplier fails to complete delivery and installation by the date in Section 4.1, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 7 and 9.
H:Section 11 Subcontracting
P:11.1 The Supplier's local installation and service partner in Shijiazhuang named in Annex B is approved by signature of this Contract. Any other subcontracting requires the Buyer's prior written consent. The Supplier remains responsible for all subcontractors.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if the delay under Section 10.1 exceeds 30 days.
P:12.2 The Supplier may terminate by written notice if the Buyer fails to pay an undisputed amount within 60 days after a written reminder.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the Shijiazhuang Arbitration Commission for arbitration in Shijiazhuang.
H:Section 14 General
P:14.1 Annex A (Technical Specification) and Annex B (Installation plan and service partner) form part of this Contract. Amendments must be in writing and signed by both parties.
P:14.2 The Supplier shall supply all documentation, operating instructions and alert messages in Chinese. Training under Section 2 shall be held at the orchard office in two sessions, one for orchard managers on the use of alerts and one for technicians on the maintenance of nodes and gateways, with a written test at the end of each session.
P:For the Buyer: ____________________ Hebei Zhaozhou Snow Pear Orchard Co., Ltd.
P:For the Supplier: ____________________ Kjaergaard Agro Sensing ApS
P:Date: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
H353E04 = """# MANAGED WIRELESS NETWORK SERVICE AGREEMENT

Agreement reference: LNW-PJ-2025-08

**Between**

1. **Zhejiang Pujiang Jingcai Crystal Craft Co., Ltd.**, Xianhua Street, Pujiang County, Jinhua, Zhejiang Province, People's Republic of China ("Customer"); and
2. **Laanevork OÜ**, Suur 7, 48306 Jõgeva, Estonia ("Provider").

**Background**

A. Customer manufactures crystal figurines, trophies and chandelier parts in three factory buildings, a warehouse and a showroom in Pujiang, and needs reliable wireless coverage for its production scanners, warehouse terminals, quality-inspection tablets and showroom visitors.

B. Provider designs and operates managed wireless networks and will provide the access points, controllers and monitoring as a service, remaining owner of the equipment.

C. At Customer's request all charges are stated and invoiced in Chinese yuan (CNY).

## 1. Definitions

1.1 "Service" means the managed wireless network service described in clause 2 and Schedule 1.

1.2 "Sites" means the buildings listed in Schedule 1.

1.3 "Service Commencement Date" means the date on which Customer signs the Service Acceptance certificate under clause 4.

1.4 "Subscription Year" means each of the three consecutive annual periods of the term, the first starting on the Service Commencement Date.

1.5 "Network Data" means configuration data, device lists, logs, usage statistics and any data of Customer or its staff and visitors that passes through or is stored in the Service.

## 2. The Service

2.1 Provider shall survey the Sites, design the wireless network, supply and install 146 access points, two wireless controllers in a redundant pair, PoE switches and cabling as needed, and operate, monitor and maintain the network throughout the term.

2.2 The Service includes separate wireless networks for production devices, office users and showroom guests, guest portal with SMS login, and roaming for the warehouse terminals across all buildings.

2.3 Provider shall monitor the network from its operations centre and shall replace faulty equipment at its own cost. Provider shall keep spare access points and a spare controller at Customer's site.

2.4 Provider shall deliver a monthly service report showing availability, incidents, response times, credits and capacity trends.

2.5 Provider shall hold a quarterly service review with Customer's IT manager to discuss the reports, planned changes, coverage complaints from production and any additional access points needed for new production lines.

2.6 Provider shall carry out changes to the network configuration only after Customer's written approval of a change request, except emergency changes needed to restore the Service, which shall be reported to Customer on the same day.

2.7 Customer shall give Provider's engineers escorted access to the Sites during working hours, and at any time for Priority 1 incidents, and shall provide power and rack space for the controllers.

## 3. Term

3.1 This Agreement starts on signature and the Service runs for three Subscription Years from the Service Commencement Date.

3.2 The Agreement ends at the end of the third Subscription Year unless the parties sign a written extension. There is no automatic renewal.

## 4. Installation and Service Acceptance

4.1 Provider shall complete installation and offer the Service for acceptance within 45 days after signature.

4.2 Service Acceptance tests shall demonstrate: (a) signal strength of at least -67 dBm at 95% of the test points agreed in the survey report; (b) throughput of at least 150 Mbps per client at the test points; (c) roaming of warehouse terminals between access points without session loss; (d) guest portal login by SMS in less than 20 seconds; and (e) seven days of stable operation with no Priority 1 incident.

4.3 Customer shall sign a Service Acceptance certificate when the tests are passed. Installation or use of the network before that date is not acceptance.

4.4 If Provider fails to offer the Service for acceptance within the period in clause 4.1 for reasons within its control, it shall pay Customer CNY 1,100 for each day of delay, up to a total of CNY 79,000.

## 5. Service Levels

5.1 Provider shall make the Service available at each Site at least 99.95% of the time in each calendar month, measured by Provider's monitoring system and excluding maintenance agreed with Customer in advance.

5.2 Provider shall respond to and resolve incidents within the times in Schedule 2.

5.3 If Provider misses the availability level or a response time, Customer is entitled to the service credits in Schedule 2, deducted from the next invoice.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3. The total contract value for the term is CNY 1,582,000.

6.2 The one-time installation charge is invoiced after Service Acceptance. The monthly service charge is invoiced monthly in arrears, starting from the Service Commencement Date.

6.3 Customer shall pay each correct invoice within 30 days. No charges are payable in advance.

6.4 The charges are fixed for the term. Additional access points ordered by Customer are charged at the unit rates in Schedule 3.

## 7. Equipment

7.1 All equipment supplied by Provider remains Provider's property. Customer shall not move or modify it without Provider's agreement.

7.2 At the end of the term Provider shall remove its equipment within 30 days and make good any damage to Customer's buildings caused by the removal.

7.3 Customer shall take reasonable care of the equipment and shall inform Provider of any damage. Provider bears the risk of loss of the equipment, except for damage caused by Customer's negligence, such as breakage during the handling of crystal blanks or glass cullet in the cutting hall.

7.4 Provider shall install the access points in the cutting and grinding hall in dust and splash protective housings suitable for the water-cooled grinding lines.

## 8. Network Data

8.1 Network Data belongs to Customer. Provider may use Network Data only to provide the Service and shall not sell it or use it for any other purpose.

## 9. Intellectual Property

9.1 The site survey report, network design, configuration files and documentation produced for Customer belong to Customer, which may use and modify them and hand them to any other supplier.

9.2 Provider's monitoring software and tools remain Provider's property.

## 10. Confidentiality

10.1 Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to third parties without prior written consent. Customer's product designs, customer lists and production volumes are confidential information. This clause survives for three years after the end of this Agreement.

## 11. Liability

11.1 Neither party is liable for indirect or consequential loss.

11.2 Provider's total liability under this Agreement is limited to 150% of the total contract value, except for personal injury and wilful misconduct.

## 12. Subcontracting

12.1 Provider shall not subcontract any part of the Service without Customer's prior written consent. Provider's local installation partner in Jinhua named in Schedule 1 is approved by signature of this Agreement.

## 13. Duration and Remedies

13.1 This Agreement may not be terminated by either party before the end of the third Subscription Year.

13.2 Customer's remedies for any failure of the Service or any other breach by Provider are the service credits under Schedule 2, the delay payments under clause 4.4 and claims for damages within the limits of clause 11. Customer shall continue to pay the charges while a dispute is resolved.

13.3 Provider shall continue to perform the Service during any dispute.

## 14. Governing Law and Disputes

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Disputes shall be submitted to the Jinhua Arbitration Commission for arbitration in Jinhua.

## 15. General

15.1 Notices shall be in writing. This Agreement with its Schedules is the entire agreement. Changes must be signed by both parties.

## Schedule 1 — Sites

Building A (cutting and grinding), Building B (polishing and assembly), Building C (packing), the finished-goods warehouse and the showroom, all at Customer's Xianhua Street premises. Approved local partner: Jinhua Xinlian Network Engineering Co., Ltd. (installation and cabling only).

## Schedule 2 — Incident Priorities and Service Credits

| Priority | Description | Response | Resolution | Credit if missed |
|---|---|---|---|---|
| P1 | A whole building or the warehouse terminals without wireless service | 15 minutes | 3 hours | CNY 800 per hour late |
| P2 | Several access points down or guest portal unavailable | 1 hour | 8 hours | CNY 300 per hour late |
| P3 | Single access point or minor fault | next business day | 3 business days | none |

Availability credit: 5% of the monthly service charge for each full 0.1 percentage point below the level in clause 5.1 in a month, capped at the monthly service charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Installation and commissioning | one-time | 88,000 |
| Monthly service charge | per month, 36 months | 41,500 |
| Total monthly charges over the term | 36 × 41,500 | 1,494,000 |
| **Total contract value** | | **1,582,000** |
| Additional access point | per access point per month | 260 |

**Signed for Customer:** ____________________

**Signed for Provider:** ____________________

Date: ____________________
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings, a Schedule)
H353E05 = """API SUBSCRIPTION AGREEMENT
HAZARDOUS GOODS PERMIT VERIFICATION SERVICE

Agreement No.: BL-HG-2025-112

PARTIES

Customer: Baotou Beilu Freight Matching Platform Co., Ltd., Kundulun District, Baotou, Inner Mongolia Autonomous Region, People's Republic of China ("Customer").

Vendor: Adriacheck d.o.o., Njegoseva 22, 85340 Herceg Novi, Montenegro ("Vendor").

BACKGROUND

Customer operates an online platform that matches shippers with road hauliers in northern China, including shipments of dangerous goods such as industrial gases, fuels and chemical intermediates. Before a dangerous-goods load is released to a haulier, Customer must check that the haulier holds a valid road transport permit for dangerous goods, that the vehicle and its tank are registered for the goods' hazard class, and that the driver and escort hold valid qualification certificates. Vendor operates a verification API that performs these checks against licensed data sources and returns a structured result. At Customer's request, all fees are stated and invoiced in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "API" means Vendor's PermitCheck application programming interface described in the Schedule.

1.2 "Check" means one request to the API for one haulier, vehicle or person, and the result returned.

1.3 "Customer Data" means all requests sent by Customer, the identifiers of hauliers, vehicles, drivers and escorts contained in them, and all results returned to Customer.

1.4 "Subscription Year" means each of the two consecutive subscription periods of this Agreement, the first starting on the Integration Acceptance Date.

1.5 "Integration Acceptance Date" means the date on which Customer signs the integration acceptance certificate under clause 4.

2. SERVICE

2.1 Vendor shall provide Customer with access to the API during the Subscription Term, including the permit check, vehicle registration check, personnel qualification check and the batch re-check function for loads booked in advance.

2.2 Vendor shall provide integration support: a test environment, sample data, an integration guide, two remote workshops for Customer's developers, and review of Customer's adapter code.

2.3 The API and all Customer Data shall be hosted in a data centre located in mainland China operated by Vendor's hosting provider named in the Schedule.

2.4 The subscription includes up to 1,800,000 Checks per Subscription Year. Additional Checks are charged at the overage rate in the Schedule.

2.5 Vendor shall maintain written agreements with the providers of the licensed data sources, shall keep them in force during the Subscription Term, and shall ensure that the results returned by the API reflect the state of those sources at the time of the Check. Each result shall show the time of the check and the source consulted.

2.6 Vendor shall give Customer at least 60 days' notice of any change to the API that is not backward compatible and shall keep the previous version running during that period.

3. TERM

3.1 The Subscription Term is two Subscription Years from the Integration Acceptance Date.

3.2 The Agreement does not renew automatically. Any extension requires a written agreement signed by both parties.

4. INTEGRATION AND ACCEPTANCE

4.1 Vendor shall make the production API and the test environment available within 20 days after signature.

4.2 Integration acceptance tests shall show that: (a) the API returns correct results for the 200 test cases agreed by the parties, covering valid, expired, suspended and non-existent permits and certificates; (b) the median response time is below 800 milliseconds and 99% of responses arrive within 3 seconds at 50 requests per second; (c) the batch re-check function processes 20,000 Checks within one hour; and (d) error messages follow the Schedule.

4.3 When the tests are passed Customer shall sign the integration acceptance certificate. Use of the test environment or production calls before that date are not acceptance.

5. SERVICE LEVELS

5.1 Vendor shall keep the production API available at least 99.95% of each calendar month, excluding maintenance windows notified at least 72 hours in advance and held between 01:00 and 05:00 Beijing time.

5.2 Incidents are classified as Priority 1 (the API is unavailable or returns wrong results for all requests), Priority 2 (a check type fails or responses are slow) and Priority 3 (other issues). Vendor shall respond to a Priority 1 incident within 1 hour at any time and restore the service within 6 hours; Priority 2 within 2 business hours, restored by the end of the next business day; Priority 3 within two business days.

5.4 Vendor shall publish the current status of the API on a status page and shall send Customer a monthly report of availability, response times and incidents.

5.5 Vendor shall inform Customer without delay when a licensed data source used by the API becomes unavailable or changes its format, and shall state which Checks are affected. While a source is unavailable, the API shall return the status "source unavailable" instead of a result, so that Customer's platform does not release a load on an unverified result.

5.3 The service levels in this clause are targets. Vendor does not give service credits, fee reductions or other compensation for failure to meet them.

6. FEES AND PAYMENT

6.1 The fees are set out in the Schedule. The total fees for the Subscription Term are CNY 496,000.

6.2 The integration fee is invoiced after the Integration Acceptance Date. The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. Overage is invoiced quarterly in arrears.

6.3 Customer shall pay each invoice within 30 days of receipt. Nothing is payable before the Integration Acceptance Date.

6.4 Fees are fixed for the Subscription Term.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to Customer. Vendor shall process Customer Data only to provide the API to Customer and shall not use it for any other purpose, including for other customers, statistics or product development.

7.2 Vendor shall protect Customer Data with encryption in transit and at rest, access restricted to named operations staff, multi-factor authentication, audit logs kept for at least 180 days and the measures required by the Personal Information Protection Law of the PRC and the Data Security Law. Customer Data shall not leave mainland China.

7.3 Vendor shall notify Customer within 12 hours of any security incident affecting Customer Data, shall cooperate with Customer and the authorities, and shall be liable for losses, fines and claims caused by the incident where it results from Vendor's breach of this clause.

7.4 At the end of the Subscription Term Vendor shall delete all Customer Data within 30 days and confirm deletion in writing, unless the law requires longer retention.

8. INTELLECTUAL PROPERTY

8.1 The API, its software and documentation remain the property of Vendor and its licensors.

8.2 Customer's adapter code, including any part written or reviewed by Vendor's engineers, belongs to Customer, which may use and modify it freely.

9. CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including Customer's shipper and haulier lists and Vendor's data-source arrangements, and shall not disclose it without prior written consent. This obligation survives for three years after the Subscription Term.

10. SUBCONTRACTING

10.1 Vendor shall not subcontract the provision of the API or any part of it without Customer's prior written consent, except the hosting provider named in the Schedule, approved by signature of this Agreement.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to twice the total fees in clause 6.1, except for personal injury, fraud, wilful misconduct and breach of clause 7, which are not limited.

11.2 Neither party is liable for indirect or consequential loss.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If Customer terminates for Vendor's breach, Vendor shall refund the subscription fee paid for the remainder of the current Subscription Year.

12.3 Customer may also terminate by written notice if Vendor loses access to a licensed data source needed for the permit check and does not restore it within 15 days.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the law of Montenegro.

13.2 Any dispute arising out of this Agreement shall be finally resolved by arbitration at the Permanent Arbitration Court attached to the Chamber of Economy of Montenegro in Podgorica, in English.

14. GENERAL

14.1 Notices must be in writing. This Agreement and its Schedule are the entire agreement. Amendments require a document signed by both parties.

14.2 This Agreement is made in English. Vendor shall provide the integration guide and error message descriptions also in Chinese.

SCHEDULE — API, FEES AND HOSTING

A. API functions: permit check (road transport permit for dangerous goods, by company name or unified social credit code); vehicle check (registration, hazard classes, tank inspection validity); personnel check (driver and escort qualification certificates); batch re-check (up to 20,000 Checks per file).

B. Fees:
Subscription fee, Subscription Year 1: CNY 236,000
Subscription fee, Subscription Year 2: CNY 236,000
Integration fee (one-time): CNY 24,000
Total fees for the Subscription Term: CNY 496,000
Overage above the included volume: CNY 0.09 per Check (not included in the total).

C. Hosting provider: a licensed cloud service provider in Hohhot, Inner Mongolia.

SIGNATURES

For Customer: ____________________
For Vendor: ____________________
Date: ____________________
"""


# ================================================================ files, labels
STEMS = {
    "z01": ("h353z01_eco_bureau_soil_pollution_platform", "pdf", "zh"),
    "z02": ("h353z02_auto_glass_tempering_line_control_retrofit", "docx", "zh"),
    "z03": ("h353z03_art_school_chain_scheduling_billing_saas", "txt", "zh"),
    "z04": ("h353z04_trade_union_staff_service_system_om", "txt", "zh"),
    "z05": ("h353z05_beef_ball_factory_qms_supplier_template", "md", "zh"),
    "e01": ("h353e01_yangliuqing_woodblock_software_perpetual_licence", "pdf", "en"),
    "e02": ("h353e02_wutai_pilgrim_coach_ticketing_saas_order_form", "md", "en"),
    "e03": ("h353e03_pear_orchard_frost_sensors_buyer_paper", "docx", "en"),
    "e04": ("h353e04_crystal_maker_managed_wifi_service", "md", "en"),
    "e05": ("h353e05_freight_platform_hazmat_permit_api", "txt", "en"),
}
SOURCES = {k: globals()["H353" + k.upper()] for k in STEMS}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]
G, S = "goods_or_licence", "service"

# per contract: category, terms (in TERM_KEYS order), extra, fee base for TCO (goods only), forum outside mainland,
# expected rules (written by hand, checked against the policy reading below)
L = {
    "z01": dict(category="software",
                terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 10, False, True,
                       False, "PRC", G],
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=2480000),
                fee_base=860000, forum_out=False, rules=[]),
    "z02": dict(category="hardware",
                terms=[None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 18, 24, False, True,
                       True, "PRC", G],
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=2986000),
                fee_base=2716000, forum_out=False,
                rules=["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": dict(category="cloud",
                terms=[99.5, 1, True, "buyer", True, True, True, 0.1, 200, None, True, None, None, None, True, True,
                       False, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1016000),
                fee_base=None, forum_out=False, rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(category="services",
                terms=[99.95, 0.25, True, "buyer", True, True, False, 0.03, None, None, True, None, None, None, False,
                       True, False, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=468000),
                fee_base=None, forum_out=False, rules=["CR-CONFIDENTIALITY", "CR-LD-LOW"]),
    "z05": dict(category="software",
                terms=[None, 8, False, "supplier", True, False, True, 0.02, 20, 65, False, False, 6, None, False, True,
                       None, None, G],
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=False,
                           acceptance_deemed_on_delivery=True, contract_value=1128000),
                fee_base=480000, forum_out=False,
                rules=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP",
                       "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": dict(category="software",
                terms=[None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 11, False, True, False,
                       "Sweden", G],
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=816000),
                fee_base=612000, forum_out=True, rules=["CR-GOVERNING-LAW"]),
    "e02": dict(category="cloud",
                terms=[None, None, False, "buyer", True, True, True, 600 / 850000 * 100, 170000 / 850000 * 100, None,
                       True, None, None, None, False, True, False, "PRC", S],
                extra=dict(sla_clause=False, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=850000),
                fee_base=None, forum_out=False, rules=["CR-LIABILITY-CAP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": dict(category="hardware",
                terms=[99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True,
                       False, "PRC", G],
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False, contract_value=1292000),
                fee_base=1148000, forum_out=False, rules=[]),
    "e04": dict(category="services",
                terms=[99.95, 0.25, True, "buyer", False, True, True, 1100 / 1582000 * 100, 150, None, True, None,
                       None, None, False, False, False, "PRC", S],
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False,
                           contract_value=1582000),
                fee_base=None, forum_out=False, rules=["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": dict(category="cloud",
                terms=[99.95, 1, False, "buyer", True, True, True, None, 200, None, True, None, None, None, False, True,
                       False, "Montenegro", S],
                extra=dict(sla_clause=True, ld_stated=False, acceptance_deemed_on_delivery=False,
                           contract_value=496000),
                fee_base=None, forum_out=True, rules=["CR-GOVERNING-LAW", "CR-LD-MISSING", "CR-SLA-NO-REMEDY"]),
}

ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, fee_base):
    """Policy §4: horizon 5 years from acceptance; post-warranty years = 5 - warranty years (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * fee_base
    return fees / (x["contract_value"] + fees) * 100


def policy_rules(t, x, fee_base, forum_out):
    """My own reading of policy.md §3 (not project code), to check the hand-written lists."""
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not x["post_warranty_fee_capped"] or f > 15:
            r.add("CR-POST-WARRANTY-FEE")
        sh = tco_share(t, x, fee_base)
        if sh is not None and sh > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or forum_out:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    if any(r not in LOW for r in rules):
        return "medium"
    return "low"


# ================================================================ threshold scan
ZH_NUM = "〇零一二三四五六七八九十百千两"
PATTERNS = [
    ("availability 99.9", r"(?<![\d.])99\.90*(?![\d])"),
    ("P1 4 hours", r"(?<![\d.])4\s*(?:小时|个小时|hours?|hrs?|h\b|business hours|working hours)"),
    ("P1 四小时", r"(?<![" + ZH_NUM + r"])四个?小时"),
    ("P1 four hours", r"(?<![\w-])four\s+(?:\w+\s+)?hours?"),
    ("P1 240 minutes", r"(?<![\d.,])240\s*(?:分钟|minutes?|min\b)"),
    ("LD 0.05", r"(?<![\d.])0\.050*(?!\d)"),
    ("LD 万分之五", r"万分之五(?![十百])"),
    ("cap 100%", r"(?<![\d.,])100(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("cap 百分之百", r"百分之(?:百|一百)(?![零一二三四五六七八九十])"),
    ("30%", r"(?<![\d.,])30(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("百分之三十", r"百分之三十(?![一二三四五六七八九])"),
    ("三成", r"三成"),
    ("thirty per cent", r"(?<![\w-])thirty\s*(?:%|per\s*cent|percent)"),
    ("warranty 12 months", r"(?<![\d.,])12\s*(?:个月|months?|个自然月)"),
    ("warranty 十二个月", r"(?<![" + ZH_NUM + r"])十二个月"),
    ("warranty twelve months", r"(?<![\w-])twelve\s*(?:\(12\)\s*)?(?:calendar\s+)?months?"),
    ("warranty one year", r"(?<![\w-])(?:one|1)[\s-]+years?\b"),
    ("warranty 一年", r"(?<![〇零二三四五六七八九十])一(?:个)?年"),
    ("fee 15%", r"(?<![\d.,])15(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("fee 百分之十五", r"百分之十五(?![点.])"),
    ("fee fifteen per cent", r"(?<![\w-])fifteen\s*(?:%|per\s*cent|percent)"),
    ("TCO 40%", r"(?<![\d.,])40(?:\.0+)?\s*(?:%|％|per\s*cent|percent)"),
    ("TCO 百分之四十", r"百分之四十(?![一二三四五六七八九])"),
    ("四成", r"四成"),
    ("forty per cent", r"(?<![\w-])forty\s*(?:%|per\s*cent|percent)"),
    ("one hundred per cent", r"(?<![\w-])(?:one\s+)?hundred\s*(?:%|per\s*cent|percent)"),
    ("5 years", r"(?<![\d.,])5[\s-]*(?:years?|年(?!度)|yrs?)"),
    ("五年", r"(?<![" + ZH_NUM + r"])五(?:个)?年(?!度)"),
    ("five years", r"(?<![\w-])five[\s-]+years?"),
    ("60 months", r"(?<![\d.,])60\s*(?:个月|months?)"),
    ("六十个月", r"(?<![" + ZH_NUM + r"])六十个月"),
    ("sixty months", r"(?<![\w-])sixty\s+months?"),
]
RX = [(n, re.compile(p, re.I)) for n, p in PATTERNS]
MUST_HIT = ["99.9%", "99.90%", "4小时", "4 小时", "四小时", "4 hours", "four hours", "240 minutes", "0.05%", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months", "twelve months",
            "one year", "one-year", "1 year", "一年", "15%", "百分之十五", "40%", "百分之四十", "四成", "5 years",
            "五年", "five years", "60个月", "六十个月", "60 months", "thirty per cent", "fifteen percent",
            "one hundred per cent", "4 business hours"]
MUST_NOT = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "24 hours", "twenty-four hours",
            "130%", "0.055%", "140 minutes", "2,400 minutes", "112 months", "十五个工作日", "2026年", "1.15倍",
            "服务年度", "Subscription Year", "one Subscription Year", "345%", "0.3 °C", "25 years", "五个工作日"]


def scan(text):
    hits = []
    for copy in (text, re.sub(r"\s+", " ", text),
                 re.sub(r"(?<=[^\x00-\x7f])\s+|\s+(?=[^\x00-\x7f])", "", text)):
        for n, rx in RX:
            for m in rx.finditer(copy):
                hits.append((n, copy[max(0, m.start() - 15):m.end() + 15]))
    return sorted(set(hits))


def self_test():
    for s in MUST_HIT:
        assert scan(s), "should hit: " + s
    for s in MUST_NOT:
        assert not scan(s), ("should not hit", s, scan(s))


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def main():
    self_test()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    built = {k: (stem + "." + ext, ext) for k, (stem, ext, lang) in STEMS.items() if ext in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, built, OUT, wrap_words=True)
    for k, (stem, ext, lang) in STEMS.items():
        if ext in ("txt", "md"):
            (OUT / (stem + "." + ext)).write_text(SOURCES[k], encoding="utf-8")
            print("wrote", stem + "." + ext)
    covered = set()
    problems = []
    for k, (stem, ext, lang) in STEMS.items():
        d = L[k]
        t = dict(zip(TERM_KEYS, d["terms"]))
        x = d["extra"]
        assert ("post_warranty_fee_capped" in x) == (t["contract_kind"] == G), k
        if t["contract_kind"] == S:
            assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None, k
        rules = policy_rules(t, x, d["fee_base"], d["forum_out"])
        assert rules == sorted(d["rules"]), (k, rules, d["rules"])
        covered |= set(rules)
        # derived values off every threshold
        off = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
               ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
               ("post_warranty_fee_pct", 15)]
        for key, thr in off:
            v = t[key]
            assert v is None or abs(v - thr) > 1e-6, (k, key, v)
        sh = tco_share(t, x, d["fee_base"])
        assert sh is None or abs(sh - 40) > 1e-6, (k, sh)
        label = {"file": stem + "." + ext, "language": lang, "category": d["category"], "expected_terms": t,
                 "expected_extra": x, "expected_rules": sorted(d["rules"])}
        (OUT / (stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        text = read_back(OUT / (stem + "." + ext))
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        hits = scan(text) + (scan(SOURCES[k]) if ext in ("docx", "pdf") else [])
        print("%s  %-4s %s=%d  rules=%s  risk=%s  tco=%s" % (stem + "." + ext, lang, "chars" if lang == "zh" else
              "words", n, ",".join(r[3:] for r in rules) or "(none)", risk(rules),
              "-" if sh is None else "%.2f%%" % sh))
        if not lo <= n <= hi:
            problems.append((stem, "length", n))
        if hits:
            problems.append((stem, "threshold text", hits))
    missing = set(ALL_RULES) - covered
    assert not missing, missing
    counts = sorted(len(L[k]["rules"]) for k in L)
    print("rule counts per contract:", counts, " every rule covered:", not missing)
    assert not problems, problems


if __name__ == "__main__":
    main()
