"""holdout688: builds the ten draft contracts from the sources below, writes their .json labels and asserts the
checks of the brief (rules derived from labels, coverage, lengths, no value or figure on a policy threshold).
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
SRC = {}

SRC["z01"] = """T:陆生野生动物疫源疫病监测信息平台采购合同
P:合同编号：LYJC-ZFCG-2025-0317
P:采购人（甲方）：青川市陆生野生动物疫源疫病监测站
P:供应商（乙方）：北岭生态信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目公开招标文件、乙方投标文件和中标通知书，甲乙双方就陆生野生动物疫源疫病监测信息平台（以下简称“平台”）的软件许可与定制开发事宜，经协商一致，订立本合同。招标文件、投标文件及澄清文件为本合同的组成部分。
H:第一条 项目内容
P:1.1 乙方向甲方提供疫源疫病监测平台软件的永久使用许可，用户数不限，部署于甲方指定的政务云资源。
P:1.2 乙方按甲方需求定制开发下列内容：野外巡查移动端（含轨迹记录、异常死亡个体拍照上报、离线缓存）；监测点与候鸟栖息地“一张图”展示；疫病样品采集、送检与结果回传流程；向省级疫源疫病监测信息系统报送数据的接口；日报、周报及突发疫情快报的自动生成。
P:1.3 乙方负责平台的安装部署、历史巡查记录的整理导入、管理员及基层监测员培训，并提交需求规格说明书、设计文档、源代码、部署手册和用户手册。
P:1.4 培训对象包括市级管理员十名、县级监测员及护林员约一百二十名。培训采用集中授课与现场实操相结合的方式，乙方应提供培训教材和操作视频，并对参训人员进行考核。
P:1.5 平台应兼容国产操作系统、数据库和浏览器，并满足政务云的安全接入要求。
P:1.6 乙方应保证平台与甲方现有视频监控和红外相机管理系统实现数据互通，具体接口规范以甲方提供的文件为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰零捌万捌仟元整（¥2,088,000.00），为固定总价，含税费、差旅、培训及质保期内全部服务费用。
P:2.2 价款构成：平台软件许可费1,260,000元；定制开发费684,000元；实施部署费118,000元；培训费26,000元。
H:第三条 付款方式
P:3.1 合同签订后，乙方提交等额银行保函的，甲方在收到保函及合法发票后十五个工作日内支付合同总价的20%作为预付款。
P:3.2 平台通过初步验收后，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%。上线运行、试运行或甲方使用任何功能，均不视为验收合格。
P:3.4 甲方付款前，乙方应开具等额合法发票。资金来源为财政资金，支付程序按国库集中支付规定办理。
H:第四条 交付期限
P:4.1 乙方应于合同签订后九十日内完成部署并提交初步验收申请，于合同签订后一百五十日内具备最终验收条件。
P:4.2 因甲方原因或不可抗力造成延误的，交付期限相应顺延，双方应以书面形式确认。
P:4.3 乙方应在合同签订后十日内提交项目实施计划，明确需求调研、开发、测试、部署、数据导入和培训各阶段的时间节点及人员安排，经甲方确认后执行。项目经理须常驻甲方现场，未经甲方同意不得更换。
P:4.4 乙方每两周向甲方提交项目进展报告，说明已完成工作、存在问题和下一阶段安排。甲方对实施过程提出的整改意见，乙方应在五个工作日内落实。
P:4.5 乙方应在合同签订后十日内向甲方提交合同总价5%的履约保证金，最终验收合格后无息退还。
H:第五条 验收
P:5.1 初步验收标准：功能与招标文件技术需求逐项一致；移动端在无网络环境下可缓存并在恢复连接后完整上传；一张图在两百个监测点同时加载时页面响应不超过三秒；向省级系统报送接口连续二十日运行无错误。
P:5.2 最终验收标准：平台连续试运行六十日，期间无一级故障；历史巡查记录导入后经甲方抽查核对无误；第三方机构出具的安全测评报告无高风险问题；全部文档与源代码已移交。
P:5.3 验收由甲方组织，必要时邀请专家参加，验收合格后双方签署验收报告。验收不合格的，乙方应在十五日内整改并重新申请验收，费用由乙方承担。
H:第六条 质量保证与运维服务
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 平台月度可用率应不低于99.95%，计划内维护须提前三个工作日通知甲方且不计入不可用时间。
P:6.3 故障分级与响应：一级故障（平台整体不可用或疫情快报无法报送）乙方应在30分钟内响应、两小时内到场；二级故障两小时内响应；三级故障次一工作日内处理。
P:6.4 乙方响应或修复超时的，每超过一小时扣减质保金1,000元；月度可用率每低于承诺值0.01个百分点，扣减2,000元，甲方可从应付款项或履约保证金中直接扣除。
P:6.5 质保期满后，如甲方需要继续运维服务，年度运维费不超过平台软件许可费的9%（即113,400元），该价格在质保期满后三年内不上调。运维合同由双方另行签订，不自动续期。
H:第七条 知识产权
P:7.1 平台软件的原有知识产权归乙方，甲方获得永久、不可撤销的使用许可。
P:7.2 乙方为本项目定制开发的移动端、接口程序、报表模板及其源代码和文档，知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:7.3 乙方保证所提供软件不侵犯第三方权利，因侵权引起的纠纷和损失由乙方承担。
H:第八条 数据安全
P:8.1 平台中的监测数据、样品信息、巡查轨迹及人员信息均属于甲方，乙方仅可为履行本合同使用，不得复制、留存或用于其他任何目的。
P:8.2 乙方应落实网络安全等级保护要求，远程运维须经甲方审批并通过堡垒机操作，操作日志保存不少于六个月。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在两小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任及相应行政责任。
H:第九条 保密
P:9.1 乙方对在履行本合同过程中知悉的疫情信息、监测点位置和甲方工作资料负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:9.2 本条义务在合同终止后五年内持续有效。
P:9.3 乙方应与参与本项目的全部人员签订保密承诺书，并在项目启动前报甲方备案。人员离场时，乙方应收回其账号权限及全部工作资料。
P:9.4 未经甲方同意，乙方不得以任何形式对外宣传本项目的监测数据或疫情信息。
H:第十条 分包
P:本项目不允许分包。乙方不得将合同项下任何工作转包或分包给第三方。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方交付内容不符合约定且整改后仍不合格的，甲方有权拒收并要求乙方返还已付款项、赔偿损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三向乙方支付违约金。
H:第十二条 合同解除
P:12.1 乙方严重违约，经甲方书面催告后十五日内仍未纠正的，甲方有权解除合同，并要求乙方承担违约责任。
P:12.2 乙方逾期超过六十日的，甲方有权解除合同。
H:第十三条 争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十四条 其他
P:14.1 本合同自双方签字盖章之日起生效，一式六份，甲方四份，乙方两份，具有同等法律效力。
P:14.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:甲方（盖章）：                乙方（盖章）：
P:签订日期：    年  月  日
"""

SRC["z02"] = """T:古筝面板及漆面生产线控制系统改造合同
P:合同编号：YQ-JG-2025-046
P:甲方（买方）：扬琴湾民族乐器有限公司古筝厂
P:乙方（卖方）：苏源智能装备科技有限公司
P:甲方拟对古筝面板加工线和漆面涂装线的控制系统进行改造，经比选确定由乙方承担设备供货、软件许可、安装调试及维保服务。双方依据《中华人民共和国民法典》，经友好协商，订立本合同。
H:第一条 合同标的
P:1.1 乙方提供面板烘干含水率在线检测、开槽刨削工位控制柜改造、喷漆机器人控制系统升级、漆膜检测仪器及生产线监控软件，明细见第二条价格表。
P:1.2 乙方负责既有设备的拆除、接线、安装、程序编写与调试，将各工位数据接入生产线监控软件，并与甲方现有仓储系统对接。
P:1.3 改造须分段施工，每段停线不得超过五日，不影响甲方其他工段生产。
P:1.4 改造后的生产线应实现以下目标：面板烘干过程含水率实时显示并自动记录；开槽刨削工位按琴型调用加工参数；喷漆机器人按漆种自动切换喷涂轨迹与出漆量；每块面板的加工、涂装和检测数据可按编号追溯。
P:1.5 乙方应在合同签订后十五日内提交详细设计方案、施工组织方案和停线计划，经甲方书面确认后方可施工。方案变更须经甲方同意。
H:第二条 价格表
TB:序号|名称|数量|单价（元）|小计（元）
TB:1|面板烘干及含水率在线检测装置|4套|86,000|344,000
TB:2|开槽刨削工位PLC控制柜改造|6套|72,000|432,000
TB:3|喷漆机器人控制系统升级|2套|158,000|316,000
TB:4|漆膜厚度与光泽度检测仪|3台|48,000|144,000
TB:5|生产线监控软件许可（永久）|1套|312,000|312,000
TB:设备及软件小计|||1,548,000
TB:6|安装调试及程序开发|1项|126,000|126,000
TB:7|操作及维护培训|1项|18,000|18,000
TB:合同总价|||1,692,000
P:合同总价为人民币壹佰陆拾玖万贰仟元整（¥1,692,000），含税、运输、保险及安装费用。
H:第三条 付款
P:3.1 合同生效后十个工作日内，甲方支付合同总价的25%作为预付款。
P:3.2 设备全部到货并经甲方签收后，甲方支付合同总价的50%。到货签收仅确认数量与外观，不视为验收。
P:3.3 最终验收合格后，甲方支付合同总价剩余的25%。
H:第四条 交货与安装
P:4.1 乙方应在合同生效后六十日内将全部设备运抵甲方厂区，并在到货后四十五日内完成安装调试。
P:4.2 乙方施工人员须遵守甲方厂区安全及防火规定，涂装车间内动火须事先办理审批。
P:4.3 设备应为全新、未使用过的合格产品，随机提供合格证、说明书、电气原理图及备件清单。进口部件应提供报关单据或原厂证明。
P:4.4 乙方应对拆除的旧控制柜进行清点登记，交由甲方处置，不得擅自带离厂区。施工结束后乙方应清理现场，恢复地面、墙面及线槽。
P:4.5 乙方派驻现场的项目负责人应具有五年以上同类项目经验，施工期间不得更换；电工、焊工等特种作业人员须持证上岗。
H:第五条 验收
P:5.1 验收标准：含水率检测与实验室烘箱法比对，偏差不超过0.5个百分点；开槽深度重复精度达到0.1毫米；喷漆机器人按新程序连续喷涂两百块面板无流挂、漏喷；漆膜厚度检测值与人工抽检一致；监控软件正确采集全部工位数据并生成班次报表。
P:5.2 上述测试通过后生产线连续运行三十日，期间未出现一级故障的，双方签署最终验收报告。
P:5.3 安装完成、试生产或甲方使用设备，均不视为验收合格。
P:5.4 乙方应在验收前提交竣工资料，包括设备清单、电气图纸、程序备份、参数设置表、操作规程和培训记录。资料不全的，甲方有权暂缓验收。
P:5.5 验收不合格的，乙方应在十日内整改并重新申请验收，由此增加的费用由乙方承担；两次验收仍不合格的，甲方有权退货并解除合同。
H:第六条 质保与维保
P:6.1 质保期为十八个月，自最终验收合格之日起计算。质保期内乙方免费维修、更换故障部件并提供软件升级。
P:6.2 故障分级：一级故障（整条生产线停线）乙方应在1小时内响应、八小时内到场；二级故障（单个工位停用）两小时内响应；三级故障次一工作日处理。
P:6.3 乙方响应或到场超时的，每超时一小时向甲方支付800元；因一级故障造成停线超过二十四小时的，每日另行支付3,000元，甲方可从应付款中扣除。
P:6.4 质保期满后，乙方提供年度维保服务，年度维保费按设备及软件小计的24%计取，即每年371,520元。该费用在质保期满后三年内固定不变，按年签订维保合同，不自动续期。
P:6.5 维保服务内容包括季度巡检、备件更换、软件升级和远程技术支持，服务标准与质保期内相同。
P:6.6 质保期内乙方应每季度上门巡检一次，检查控制柜、传感器和机器人控制器运行状态，提交巡检报告，并对甲方设备维护人员进行现场指导。
P:6.7 乙方应在甲方厂区存放常用备件，包括传感器、继电器、伺服驱动器和通信模块，备件清单作为本合同附件。
H:第七条 知识产权
P:7.1 监控软件及设备内置软件的知识产权归原权利人，甲方获得永久使用许可。
P:7.2 乙方为本项目编写的PLC程序、机器人喷涂程序、接口程序及其源代码归甲方所有，甲方可自行修改或委托第三方维护。
H:第八条 数据安全
P:8.1 生产数据、工艺参数、漆料配比及质检记录均属于甲方，乙方不得复制、留存或用于本合同以外的任何目的。
P:8.2 乙方远程维护须经甲方逐次批准，通过甲方提供的专用通道进行并保留操作记录。乙方应采取防病毒、访问控制等措施，防止控制系统被恶意侵入。
P:8.3 因乙方原因造成数据泄露、篡改或控制系统被入侵的，乙方应在两小时内通知甲方并承担由此造成的全部损失。
H:第九条 保密
P:乙方对知悉的甲方工艺诀窍、配方、产品设计和经营信息负有保密义务，未经甲方书面同意不得披露给第三方，保密期限至合同终止后五年。
P:乙方人员在厂区内不得拍摄生产工艺和产品，确因施工需要拍摄的，应事先取得甲方同意，相关影像资料在项目结束后交甲方或删除。
H:第十条 分包
P:乙方可将设备搬运、线缆敷设及辅助安装工程分包给具有相应能力的第三方，但应提前五个工作日书面通知甲方，并对分包方的工作质量和安全承担责任。
H:第十一条 违约责任
P:11.1 乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的千分之一支付违约金。
P:11.2 设备质量不符合约定的，甲方有权要求更换或退货，乙方承担由此产生的费用。
P:11.4 因乙方施工不当造成甲方设备损坏、产品报废或人员伤害的，乙方应负责修复并赔偿甲方的实际损失。
P:11.3 甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 合同解除
P:乙方严重违约，经甲方书面通知后十五日内未能纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。
H:第十三条 法律适用与争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交扬州仲裁委员会仲裁。
H:第十四条 其他
P:14.1 本合同附件包括：技术规格书、设备清单、验收测试方案及停线计划。附件与本合同具有同等法律效力。
P:14.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：                乙方（盖章）：
"""

SRC["z03"] = """连锁门店点餐及会员系统云服务合同

合同编号：JXJ-IT-2025-019
甲方（客户）：金香脆餐饮管理有限公司
乙方（服务商）：云味信息科技有限公司

甲方经营“金香脆”连锁炸鸡门店共三十五家。甲方拟采购乙方的点餐收银及会员营销云服务（SaaS），并由乙方完成实施上线。双方根据《中华人民共和国民法典》等法律法规，经协商一致，订立本合同。

一、服务内容
（一）订阅服务
1. 乙方为甲方三十五家门店开通点餐收银、扫码点餐、外卖订单聚合、后厨出单及会员营销功能。
2. 会员营销功能包括会员注册、积分、储值、优惠券、生日礼遇及营销活动配置。
3. 甲方总部可通过管理后台查看各门店销售、菜品、会员及活动数据。
（二）实施服务
1. 乙方负责菜品资料与价格体系配置、门店收银设备调试、小程序页面定制及与甲方财务系统的接口开发。
2. 乙方负责将甲方现有会员系统中的会员资料、积分及储值余额迁移至本服务。
3. 乙方为门店店长、收银员及总部运营人员提供培训。
4. 乙方应在实施期间派驻项目经理一名、实施顾问两名，按区域分批完成门店上线，每批上线前应完成门店网络检查和收银设备联调。
（三）持续服务
1. 服务期内乙方提供版本升级、功能维护、7×24小时电话及在线客服支持。
2. 乙方每季度向甲方提交服务报告，内容包括系统运行情况、故障处理记录、功能更新说明和优化建议。
3. 甲方新开门店的，乙方应在收到书面通知后五个工作日内完成开通和配置。

二、服务期限
（一）服务期为两个服务年度，第一个服务年度自全部门店上线验收合格之日起计算，每个服务年度为一年。
（二）服务期满，本合同自动续期一个服务年度，双方另有书面约定的除外。续期时乙方有权根据市场行情调整订阅单价，调整后的价格以乙方书面通知为准，甲方未在续期前提出终止的，视为接受新价格。

三、合同价款
（一）订阅费：每家门店每个服务年度6,800元，三十五家门店每个服务年度合计238,000元，两个服务年度合计476,000元。
（二）实施费（一次性）：88,000元。
（三）会员数据迁移费（一次性）：26,000元。
（四）合同总价：人民币伍拾玖万元整（¥590,000）。新增门店按同一单价另行计费。

四、付款方式
（一）实施费及数据迁移费在全部门店上线验收合格后十五个工作日内一次性支付。
（二）每个服务年度的订阅费，在该服务年度开始后二十日内支付。
（三）乙方应在付款前开具合法增值税专用发票。
（四）甲方有权从应付款项中直接扣除本合同约定的服务抵扣金额及违约金。

五、上线与验收
（一）乙方应在合同签订后四十五日内完成全部门店上线。
（二）上线验收标准：
1. 所有门店收银、扫码点餐、外卖接单及后厨出单功能正常，连续七日无一级故障；
2. 迁移后的会员人数、积分及储值余额与原系统逐条核对一致；
3. 财务接口每日对账结果与门店实际收款一致；
4. 小程序页面符合甲方确认的设计稿。
（三）甲方在收到验收申请后五个工作日内组织验收，不合格的由乙方整改后重新验收。门店开始营业使用不视为验收合格。
（四）乙方应在验收前提交门店开通清单、配置说明、接口文档、数据迁移核对报告和培训记录。

六、双方义务
（一）甲方应指定项目负责人，及时确认菜品资料、价格体系和页面设计稿，并协调各门店配合上线工作。
（二）甲方负责门店网络和收银硬件的正常运行，乙方应给予技术指导。
（三）甲方应按乙方提供的规范准备菜品图片和文字说明，图片版权由甲方负责。
（四）乙方应遵守国家关于网络交易、个人信息保护和价格标示的规定，保证会员营销功能的设置符合法律法规要求。
（五）乙方调整系统功能或界面，可能影响门店操作的，应至少提前七日通知甲方，并提供操作说明。

七、服务水平
（一）乙方承诺服务月度可用率不低于99.5%，计划内维护应安排在凌晨二时至六时之间并提前三日通知。
（二）故障分级与响应：
1. 一级故障：门店无法下单或收款，乙方应在15分钟内响应，两小时内恢复；
2. 二级故障：会员或营销功能异常，乙方应在一小时内响应，八小时内恢复；
3. 三级故障：报表或后台一般问题，次一工作日内处理。
（三）服务补偿：月度可用率低于承诺值的，每低0.1个百分点按当月订阅费的5%给予服务抵扣；一级故障恢复超时的，每超时一小时抵扣1,000元。抵扣金额从下一期订阅费中扣除。

八、数据安全
（一）甲方的会员信息、订单及交易数据均属于甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内，按照网络安全等级保护三级要求进行防护，对会员个人信息进行加密存储，并建立访问审批和日志审计制度。
（三）发生数据泄露或安全事件的，乙方应在两小时内通知甲方，配合处置并承担因其过错造成的全部损失。
（四）服务终止后三十日内，乙方应按甲方要求导出并移交全部数据，之后彻底删除。
（五）乙方应每日备份甲方数据，备份数据至少保存三十日，并每季度进行一次恢复演练，演练结果书面告知甲方。
（六）乙方员工访问甲方会员数据应经审批，访问记录保存不少于六个月，甲方可随时查询。

九、保密
双方对在合作中知悉的对方商业秘密及经营信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三年内有效。

十、知识产权
（一）SaaS平台的知识产权归乙方所有。
（二）乙方为甲方定制的小程序页面、财务接口程序及相关文档归甲方所有，甲方可自由使用、修改或委托他人维护。

十一、分包
乙方不得将本合同项下的服务分包给第三方，确需分包的，应事先取得甲方书面同意。

十二、违约责任
（一）乙方未按期完成上线的，每逾期一日向甲方支付违约金600元。
（二）乙方违反数据安全或保密义务的，应赔偿甲方全部损失。
（三）乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但因故意、重大过失或违反第八条造成的损失不受此限。
（四）因乙方系统故障导致门店无法正常收款或会员储值余额错误的，乙方应在查明原因后三日内恢复数据并赔偿甲方由此产生的直接损失。
（五）甲方逾期支付订阅费超过三十日的，乙方可书面催告，催告后十五日内仍未支付的，乙方可暂停管理后台的非收银功能，但不得影响门店收银和点餐。

十三、合同解除
乙方严重违约，经甲方书面催告后十日内未纠正的，甲方有权解除合同，乙方应退还未履行期间的订阅费。
甲方因经营调整关闭部分门店的，可提前三十日书面通知乙方减少开通门店数量，自下一个服务年度起按实际门店数量计收订阅费。
合同解除或终止的，乙方应按本合同第八条的约定移交数据，并在移交完成前保持服务可用。

十四、争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交甲方所在地人民法院诉讼解决。

十五、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。
本合同附件包括：门店清单、功能清单、小程序设计稿、财务接口说明。附件与本合同具有同等效力。
本合同的任何修改或补充，须经双方书面确认。

甲方（盖章）：            乙方（盖章）：
日期：                    日期：
"""

SRC["z04"] = """酸雨监测站降水化学监测系统运维服务合同

合同编号：HJJC-YW-2025-08
甲方：临江市生态环境监测中心
乙方：清澜环境技术服务有限公司

为保障甲方所辖酸雨监测站降水化学监测系统的正常运行和数据质量，甲方委托乙方提供年度运行维护服务。双方根据《中华人民共和国民法典》及有关环境监测技术规范，经协商一致，订立本合同。

第一条 运维对象与范围
1.1 运维对象为甲方所辖六个酸雨监测站的降水化学监测系统，包括降水降尘自动采样器、雨量计、电导率及pH在线测定单元、样品冷藏设备、数据采集传输仪以及站房空调、供电和防雷设施。
1.2 运维内容包括：日常巡检与维护；降水样品的及时收集、冷藏保存和运送；pH值、电导率的现场测定；仪器校准与期间核查；故障维修与备件更换；站房环境维护；数据审核与上报。
1.3 乙方应按国家酸沉降监测技术规范及甲方质量管理体系文件开展工作。

第二条 服务期限
2.1 服务期为一年，自本合同生效之日起计算。
2.2 服务期满本合同终止，不自动续期。甲方如需继续委托，双方另行签订合同。

第三条 合同价款
3.1 本合同总价为人民币肆拾伍万壹仟元整（¥451,000），包括：六个站点的运维服务费，每站每年58,000元，合计348,000元；备品备件及耗材费62,000元；质控比对及实验室分析费41,000元。
3.2 上述价款已包含人员、交通、工具、耗材、样品运送及税费，除本合同另有约定外，甲方不再支付其他费用。

第四条 付款方式
4.1 运维费按季度支付。每季度结束后，甲方对乙方当季运维工作进行考核，考核通过后十五个工作日内支付当季运维费。
4.2 备品备件及耗材费、质控比对费按实际发生，每季度随运维费结算，全年不超过本合同约定金额。
4.3 甲方不向乙方预付任何款项。

第五条 运维要求
5.1 乙方应在本市配备不少于四名专职运维人员，其中至少两人持有环境监测上岗证，人员名单报甲方备案，变更须经甲方同意。
5.2 每个站点每周至少巡检一次；降水事件结束后二十四小时内完成样品收集、现场测定和冷藏；样品每周运送至甲方实验室一次。
5.3 pH计和电导率仪每月用标准溶液校准一次，每季度进行一次期间核查，校准和核查记录当日录入运维平台。
5.4 乙方应建立运维台账，记录巡检、校准、维修、更换备件及样品流转情况，每月五日前向甲方提交上月运维报告。
5.5 乙方应按甲方要求参加上级监测部门组织的质控考核和比对监测，并在考核前完成仪器的全面检查和校准。
5.6 乙方应在本市设立备件库，常用备件的储备数量不少于附件所列清单。更换下来的故障部件应登记后交甲方处理。
5.7 遇暴雨、台风等极端天气，乙方应提前对站房和设备进行加固检查，天气过后二十四小时内完成全部站点巡查，并向甲方报告设备受损情况。
5.8 乙方运维人员进入站点应佩戴工作证，遵守站点管理制度，不得在站房内存放与运维无关的物品。
5.9 甲方负责站点的供电、通信线路费用及站房租赁，并为乙方人员进入站点提供必要的便利。甲方发现设备异常的，可直接通知乙方现场负责人处理。

第六条 服务水平
6.1 故障分级：
（1）一级故障：站点数据采集或传输中断、采样器无法工作、样品冷藏设备失效；
（2）二级故障：单项测定单元异常、站房空调或供电辅助设施异常；
（3）三级故障：其他一般性问题。
6.2 响应与修复时限：一级故障乙方应在1小时内响应，八小时内到达现场，二十四小时内恢复运行；二级故障两小时内响应，四十八小时内修复；三级故障三个工作日内处理完毕。
6.3 考核扣款：一级故障响应或恢复超时的，每次扣减当季运维费1,500元；二级故障超时的，每次扣减500元；因乙方原因导致降水样品未按时采集或失效的，每个样品扣减800元。扣减款项从当季运维费中直接扣除。
6.4 甲方每季度对乙方进行考核，考核内容包括故障处理时效、校准记录完整性、样品有效性、运维报告质量等。
6.5 季度考核得分低于附件考核表规定合格分数的，甲方有权要求乙方更换现场运维人员并提交整改计划；连续两个季度考核不合格的，甲方有权按第十二条解除合同。
6.6 乙方应在运维平台上实时记录故障发生、响应、到场和恢复时间，作为考核的依据。

第七条 数据安全与数据归属
7.1 监测系统产生的全部监测数据、样品分析结果、质控记录及运维记录均属于甲方，乙方仅可为履行本合同使用，不得留存副本或用于其他目的。
7.2 乙方登录数据采集传输仪和运维平台须使用甲方分配的个人账号，不得共用账号；远程维护须经甲方同意并保留操作日志。
7.3 乙方不得擅自修改监测数据和仪器参数，仪器参数调整须经甲方审批并记录。乙方应采取防病毒和访问控制措施，保障数据传输和存储安全。
7.4 发生数据丢失、篡改或非法访问等安全事件的，乙方应在两小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部责任及由此产生的损失。

第八条 知识产权
运维过程中形成的运维报告、台账、质控记录及分析资料归甲方所有。
乙方使用自有运维工具软件的，其知识产权仍归乙方，但乙方应保证甲方在服务期满后能够以通用格式导出全部运维记录。

第九条 验收与考核
9.1 服务期满后，甲方依据四个季度考核结果、年度运维报告和仪器设备完好情况进行年度验收。
9.2 年度验收标准：全年无因乙方原因导致的站点连续停运超过七日的情形；校准与期间核查记录完整；样品运送和测定记录可追溯；设备完好并按清单移交。

第十条 分包
乙方不得将本合同项下运维工作分包或转包。样品的第三方实验室比对分析确需委托他人的，须事先取得甲方书面同意。

第十一条 违约责任
11.1 乙方未按本合同约定提供服务的，甲方有权要求乙方限期整改；因乙方原因给甲方造成损失的，乙方应予赔偿。
11.2 乙方人为篡改、伪造监测数据的，甲方有权立即解除合同并向有关部门报告，乙方承担由此产生的全部法律责任。
11.3 甲方应按约定支付运维费。

第十二条 合同解除
12.1 乙方严重违反本合同约定，经甲方书面通知后十日内仍未改正的，甲方有权解除合同。
12.2 合同解除后，甲方按乙方实际完成的工作量结算费用，乙方应在十日内移交全部资料、备件和账号。
12.3 服务期满或合同解除时，乙方应配合甲方或甲方指定的新运维单位进行交接，交接期不少于十五日，交接期间乙方应继续履行运维义务。
12.4 交接内容包括站点钥匙、备件、工具、运维台账、仪器校准证书和账号清单，双方应签署交接确认书。

第十三条 安全生产
乙方应对其运维人员进行安全教育，登高作业、用电作业应遵守安全操作规程。乙方人员在履行本合同过程中发生的人身伤害，由乙方负责。

第十四条 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十五条 其他
15.1 本合同附件包括：站点及设备清单、运维作业规程、季度考核表。附件与本合同具有同等效力。
15.2 本合同一式四份，甲乙双方各执两份，自双方签字盖章之日起生效。

甲方（盖章）：                乙方（盖章）：
日期：                        日期：
"""

SRC["z05"] = """# 可可源批次追溯系统 软件许可及定制开发合同

**（乙方标准合同文本 KYS-HT-2024版）**

合同编号：KYS-2025-0211

甲方（用户）：丝滑坊巧克力食品有限公司

乙方（开发方）：可可源软件科技有限公司

甲方因精磨（conching）和调温（tempering）工序批次管理需要，购买乙方“可可源批次追溯系统”软件许可并委托乙方进行定制开发。双方经协商一致，签订本合同，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供可可源批次追溯系统V5.3的永久使用许可（单工厂部署，含二十个并发用户）。

1.2 乙方根据甲方需求进行以下定制开发：精磨机温度、转速和时长曲线的自动采集；调温机结晶温度曲线采集及异常提醒；可可液块、可可脂、乳粉等原料批次与成品批次的关联追溯；与甲方ERP系统的配方及生产订单接口；批次放行报告及追溯报告模板。

定制开发的具体功能以双方确认的需求规格说明书为准，需求规格说明书未载明的功能不属于本合同范围。

1.3 乙方负责系统安装、基础数据初始化及操作培训。

1.4 系统部署于甲方工厂机房的服务器上，服务器、操作系统、数据库及网络设备由甲方自行采购和提供，乙方提供配置要求。

1.5 培训内容包括系统管理、批次录入、追溯查询和报告生成，培训人数不超过十五人，培训时间不超过三日。超出部分乙方另行收费。

## 第二条 合同价格

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 批次追溯系统软件许可（永久） | 520,000 |
| 2 | 定制开发（曲线采集、批次关联、ERP接口、报告模板） | 386,000 |
| 3 | 安装实施及培训 | 64,000 |
| | 合同总价 | 970,000 |

合同总价为人民币玖拾柒万元整（¥970,000），含增值税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方向乙方支付合同总价的65%，即630,500元。

3.2 系统上线运行后十个工作日内，甲方支付合同总价剩余的35%，即339,500元。

3.3 乙方收到款项后十个工作日内向甲方开具增值税专用发票。甲方未按约定付款的，乙方有权顺延实施周期。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一向乙方支付违约金。

## 第四条 实施周期

4.1 乙方在收到首期款后九十日内完成系统安装和定制开发，具备上线条件。

4.2 因甲方未及时提供需求确认、现场条件或设备接口资料导致延误的，实施周期相应顺延。

4.3 需求调研完成后，甲方应在五个工作日内确认需求规格说明书。需求确认后，甲方提出的新增或变更需求，乙方按人天单价2,800元另行收费，实施周期相应顺延。

4.4 甲方应指定专人配合乙方实施，并提供精磨机、调温机的通信协议及接口资料。设备厂家不配合开放接口的，乙方不承担责任。

4.5 乙方实施人员在甲方现场工作期间，甲方应提供必要的办公条件和网络环境，并遵守食品生产车间的卫生管理要求进行引导。

## 第五条 上线与验收

5.1 乙方完成安装部署后通知甲方上线。系统上线运行，即视为甲方验收合格。

5.2 上线后甲方发现的问题，乙方在维护期内予以处理，不影响验收结论。

## 第六条 维护服务

6.1 乙方自系统上线之日起提供六个月的免费维护，内容包括缺陷修复和远程技术支持。

6.2 免费维护期内，甲方报告的一级故障（系统无法登录或批次数据无法写入），乙方在8小时内响应；其他故障在三个工作日内响应。乙方尽力在合理时间内解决问题。

6.3 免费维护期满后，甲方如需继续获得维护服务，应与乙方签订年度维护协议，年度维护费按乙方当年度公布的服务价格标准执行。

6.4 因甲方擅自修改系统、硬件故障、网络中断或第三方软件造成的问题，不属于免费维护范围，乙方可另行收费。

6.5 乙方提供的维护服务以远程方式为主，确需现场服务的，甲方应承担乙方人员的差旅费用。

6.6 系统版本升级由乙方统一安排，甲方应配合升级工作；甲方拒绝升级导致的问题，乙方不承担责任。

6.7 甲方应做好系统服务器及数据库的日常备份，因甲方未备份造成的数据损失，乙方不承担责任。乙方协助恢复数据的，按人天单价另行收费。

6.8 甲方如需乙方人员驻厂支持，按人天单价2,800元另行计费，驻厂期间的食宿费用由甲方承担。

6.9 维护期内乙方每年可提供一次远程健康检查，检查结果以邮件形式通知甲方。

## 第七条 知识产权

7.1 系统软件及乙方为本项目定制开发的全部程序、接口、报告模板、文档及其源代码的知识产权均归乙方所有。

7.2 甲方在本合同约定范围内享有非独占的使用权，不得对定制程序进行修改、反编译，不得许可第三方使用或交由第三方维护。

7.3 乙方有权将本项目中形成的通用功能纳入其标准产品。

## 第八条 数据安全

8.1 系统中的生产数据、配方、批次及质量检验数据属于甲方，乙方仅在提供实施和维护服务时使用，不得用于其他目的。

8.2 乙方远程维护须经甲方同意，使用甲方分配的账号，维护结束后甲方可关闭访问权限。乙方应采取加密传输、访问控制等安全措施。

8.3 因乙方原因造成甲方数据泄露、丢失或篡改的，乙方应在二十四小时内通知甲方并承担相应的赔偿责任。

## 第九条 保密

双方对在履行本合同中获知的对方技术资料、配方、商业信息承担保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

乙方为履行本合同向其员工披露甲方信息的，应限于履行本合同所必需的范围。

## 第十条 违约责任

10.1 乙方未按第四条约定时间具备上线条件的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

10.2 乙方在本合同项下的全部赔偿责任（含违约金）累计不超过合同总价的20%。

10.3 任何一方均不对对方的间接损失、利润损失、商誉损失承担责任。

## 第十一条 合同解除

11.1 一方严重违约，经守约方书面催告后三十日内仍未改正的，守约方有权解除本合同。

11.2 本合同解除后，已支付的软件许可费不予退还。

11.3 甲方逾期付款超过三十日的，乙方有权暂停实施或维护服务，直至甲方付清款项。

11.4 甲方无正当理由拒绝接收或上线系统的，视为乙方已完成交付，甲方应按本合同约定支付全部款项。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并在十五日内提供证明，双方根据影响程度部分或全部免除责任。

不可抗力包括地震、洪水、火灾、战争、政府行为、大面积网络故障及电力中断等不能预见、不能避免并不能克服的客观情况。不可抗力持续超过六十日的，双方可协商解除本合同。

## 第十三条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十四条 其他

14.1 本合同为乙方标准合同文本，双方对条款均已充分理解。

14.2 本合同附件包括：需求规格说明书、软件功能清单、实施计划。附件经双方确认后生效。

14.3 乙方有权在其客户名单及宣传资料中使用甲方名称和标识，甲方另有书面要求的除外。

14.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：　　　　　　　　乙方（盖章）：

签订日期：
"""

SRC["e01"] = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. GDR-SH-2025-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Shanghai Beanline Coffee Trading Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Shanghai (the "Buyer"), and Fasil Agritech Solutions PLC, a company incorporated in Ethiopia with its principal office in Gondar, Amhara Region (the "Vendor").
P:The Buyer imports green coffee and needs a system to trace each coffee lot from washing station to roastery, to record cupping scores and moisture readings, and to manage export documents. The Vendor develops and licenses such a system under the name LotTrace. The parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the LotTrace lot traceability software, version 6, in object code, with its documentation and any updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, report templates, configuration scripts and other work product created by the Vendor specifically for the Buyer under Article 3, together with their source code and documentation.
P:1.3 "Buyer Data" means all data entered into or generated by the Software in the Buyer's use, including supplier records, lot records, cupping results, contract and shipping data, and personal information of the Buyer's staff and suppliers.
P:1.4 "Final Acceptance" means the Buyer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software on servers controlled by the Buyer in mainland China, for an unlimited number of users in the Buyer and its affiliates.
P:2.2 The Buyer may make copies of the Software for backup, testing and disaster recovery. The Buyer may not sell the Software to third parties.
P:2.3 The licence survives any termination of this Agreement once the Licence Fee has been paid, except termination by the Vendor for non-payment of the Licence Fee.
H:Article 3 Services
P:3.1 The Vendor shall install the Software, configure it to the Buyer's lot and grading rules, build an interface to the Buyer's ERP system and to the warehouse management system at the Buyer's bonded warehouse, create eleven report templates, migrate historic lot records for the last three harvest seasons, and train the Buyer's users.
P:3.2 The Vendor shall deliver the services from Gondar and on site in Shanghai. Key personnel named in the project plan may not be replaced without the Buyer's agreement, which shall not be unreasonably withheld.
P:3.3 The Vendor shall complete installation and configuration within 70 days and be ready for Final Acceptance within 120 days after the Effective Date.
H:Article 4 Price and Payment
P:4.1 The total Contract Price is CNY 1,696,000, fixed and inclusive of taxes, travel and expenses, made up of: Licence Fee CNY 1,180,000; configuration and interfaces CNY 420,000; data migration, installation and training CNY 96,000.
P:4.2 The Buyer shall pay: (a) 10% of the Contract Price within 20 days after signature, against an advance-payment guarantee issued by a bank in mainland China; (b) 55% within 20 days after go-live in production; and (c) the remaining 35% within 20 days after Final Acceptance. Go-live is not acceptance.
P:4.3 Payments are made in CNY to the Vendor's bank account stated in its invoice. Each party bears its own bank charges.
H:Article 5 Acceptance
P:5.1 The Vendor shall give the Buyer a written acceptance test plan at least ten days before testing starts.
P:5.2 The acceptance criteria are: (a) every function in the agreed specification works as described; (b) a sample of 300 migrated lot records matches the source records without error; (c) the ERP and warehouse interfaces run for 20 consecutive working days without a failed transfer; (d) reports for a full month of lots reconcile with the Buyer's stock records; and (e) no Severity 1 or Severity 2 defect is open.
P:5.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. If the criteria are not met, the Vendor shall correct the defects at its own cost and repeat the tests. Installation, use in production or payment does not by itself amount to acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform in accordance with the specification for 24 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, provide updates and give remote and on-site support free of charge.
P:6.2 Defects are classified as: Severity 1, the Software is down or lot data cannot be saved; Severity 2, a main function is impaired without a workaround; Severity 3, other defects. The Vendor shall respond to Severity 1 within 1 hour and restore service within eight hours, respond to Severity 2 within two hours and respond to Severity 3 within one working day. Support is available by telephone and a ticket portal in English and Chinese.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or restoration time, the Buyer may deduct CNY 1,000 from any amount due, or the Vendor shall credit it against support fees.
P:6.4 After the Warranty Period, the Vendor shall offer annual support at 11% of the Licence Fee per year (CNY 129,800), fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All intellectual property in the Custom Deliverables vests in the Buyer on creation. The Vendor shall deliver their source code with each release. The Buyer may use, modify and license the Custom Deliverables freely, including through other contractors.
P:7.3 The Vendor shall defend the Buyer against any claim that the Software or the Custom Deliverables infringe a third party's rights and shall pay any resulting damages and costs.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may use Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose, including in aggregated or anonymised form.
P:8.2 The Vendor shall access the Buyer's systems only through the Buyer's VPN with multi-factor authentication, on a named account per person, and only with the Buyer's approval for each session. Buyer Data shall not be transferred out of mainland China.
P:8.3 The Vendor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, apply appropriate technical and organisational measures, and notify the Buyer of any security incident affecting Buyer Data within eight hours after becoming aware of it. The Vendor is liable for all losses caused by a security incident due to its breach.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need to know it and are bound by equal obligations.
P:9.2 These obligations last for five years after the end of this Agreement.
H:Article 10 Delay and Liability
P:10.1 If the Vendor is not ready for Final Acceptance by the date in Article 3.3 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 8 or 9, infringement claims, personal injury, fraud or wilful misconduct.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 30 days after receiving notice of it, or if the liquidated damages under Article 10.1 reach their maximum.
P:12.2 On termination, the Vendor shall return or destroy Buyer Data as instructed, and deliver all work in progress on the Custom Deliverables.
H:Article 13 Force Majeure
P:Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate this Agreement by notice.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the Federal Democratic Republic of Ethiopia.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the rules of the Addis Ababa Chamber of Commerce and Sectoral Associations Arbitration Institute. The seat of arbitration is Addis Ababa and the language is English.
H:Article 15 General
P:15.1 This Agreement, with its annexes, is the entire agreement between the parties about its subject matter. Amendments must be in writing and signed by both parties.
P:15.2 Notices shall be in writing and sent by courier or email to the addresses stated on the signature page.
P:15.3 This Agreement is made in English and Chinese. Both versions have equal force.
P:Annex 1: Functional specification. Annex 2: Project plan. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

SRC["e02"] = """# ORDER FORM AND GENERAL TERMS — FIELDDESK INSPECTION CLOUD

Order Form No. MKL-OF-2025-114

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between the Provider and the Customer named below.

## PART A — ORDER FORM

### A1 Parties

- **Provider:** Enderta Cloud Software PLC, a company incorporated in Ethiopia, with its principal office in Mekelle, Tigray Region.
- **Customer:** Hangzhou Sunmeadow Solar Operations Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Hangzhou, Zhejiang Province.

### A2 Service

FieldDesk Inspection Cloud, a hosted service for planning, recording and reviewing field inspections and maintenance work orders at solar power stations. The service includes the web console, the mobile inspection app for Android and iOS, offline capture of checklists and photographs, defect tracking, spare-parts requests and standard dashboards.

### A3 Subscription Term

Twenty-four months, made up of two Subscription Years. The first Subscription Year starts on the date of Onboarding Acceptance under Part B, Section 4. The Agreement ends at the end of the second Subscription Year unless the parties sign a new Order Form. Any new Order Form for the same service will be at the same fee per user unless the parties agree otherwise in writing.

### A4 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 named users at CNY 1,450 per user per year | 261,000 |
| Subscription, Subscription Year 2 | 180 named users at CNY 1,450 per user per year | 261,000 |
| Onboarding (one-time) | configuration, checklist migration, ERP work-order interface, training | 64,000 |
| Total Contract Value | | 586,000 |

Additional users may be added at the same unit price, pro rata to the end of the current Subscription Year. Fees are fixed for the Subscription Term.

### A5 Invoicing and Payment

- The onboarding fee is invoiced after Onboarding Acceptance and is payable within 30 days of invoice.
- The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year and is payable within 30 days of invoice.
- All amounts are in CNY and include applicable taxes. Payment is made to the Provider's account stated on the invoice.

### A6 Customer Contacts and Special Terms

- Customer project manager: Head of O&M Digitalisation. Provider account manager: named in the kick-off minutes.
- Onboarding shall be completed within 50 days after signature of this Order Form.
- The Customer's ERP work-order interface specification, dated 3 March 2025, is attached as Annex 1.

## PART B — GENERAL TERMS

### 1. Definitions

1.1 "Customer Data" means all data, photographs, documents and records submitted to the Service by or for the Customer, or generated by the Service from them.

1.2 "Service" means the hosted service described in Section A2, including updates the Provider makes generally available.

1.3 "Users" means the Customer's employees and contractors whom the Customer authorises to use the Service.

1.4 "Customer Configurations" means the checklists, workflows, forms, dashboards and interface mappings configured for the Customer during onboarding or later at its request.

### 2. Access and Use

2.1 The Provider grants the Customer a non-exclusive, non-transferable right for its Users to access and use the Service during the Subscription Term for the Customer's internal business purposes.

2.2 The Customer is responsible for the conduct of its Users and for keeping log-in credentials secure. User accounts may not be shared, but a named user account may be reassigned to another person when the first user leaves the Customer.

2.3 The Customer shall not reverse engineer the Service, use it to build a competing product, or resell it to third parties.

### 3. Support

3.1 The Provider provides support by email and through its help centre during the Provider's business hours, Monday to Friday, in English and Chinese.

3.2 The Provider will use commercially reasonable efforts to keep the Service available and to respond to and resolve support requests promptly. The Provider may carry out maintenance from time to time and will try to give notice of planned maintenance in advance.

3.3 The Provider publishes release notes for new versions of the Service in its help centre.

### 4. Onboarding and Acceptance

4.1 The Provider shall configure the Service for the Customer's eleven solar stations, migrate the Customer's existing inspection checklists, build the ERP work-order interface to the specification in Annex 1, and train twenty key users.

4.2 Onboarding is accepted when: (a) all checklists are available in the mobile app and can be completed offline and synchronised; (b) work orders created in the Service appear in the ERP system, and status changes return, for ten consecutive working days without a failed transfer; (c) defect photographs are stored with location and time; and (d) the key users have completed training. The Customer shall confirm Onboarding Acceptance in writing within five working days after the Provider shows that the criteria are met, or list the failures, which the Provider shall correct before testing again.

4.3 If Onboarding Acceptance is not achieved by the date in Section A6 for reasons attributable to the Provider, the Provider shall pay the Customer CNY 1,200 for each day of delay, up to CNY 60,000, which the Customer may set off against any invoice.

### 5. Customer Data

5.1 As between the parties, the Customer owns Customer Data.

5.2 The Customer grants the Provider a licence to host, process and display Customer Data to provide the Service.

5.3 The Provider may also collect and use Customer Data in aggregated and de-identified form, and usage data about the Service, to operate, improve and develop its products and to prepare industry benchmarks, during and after the Subscription Term, provided the result does not identify the Customer or any individual.

5.4 At the end of the Subscription Term the Provider shall make Customer Data available for export in standard formats for sixty days and shall then delete it.

### 6. Data Security

6.1 The Provider shall host the Service and Customer Data in data centres located in mainland China, operated by a hosting provider approved by the Customer in writing.

6.2 The Provider shall maintain an information security programme certified to ISO/IEC 27001, encrypt Customer Data in transit and at rest, restrict access to personnel who need it, log administrative access, and test backups every quarter.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within twelve hours after becoming aware of it, investigate it, and take all reasonable steps to contain it. The Provider is liable for losses caused by a security incident due to its failure to comply with this Section 6.

6.4 The Provider shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China in processing personal information of the Customer's staff.

### 7. Intellectual Property

7.1 The Provider owns the Service and all improvements to it.

7.2 Customer Configurations and the ERP work-order interface mappings belong to the Customer. The Customer may use, copy, modify and let third parties use them freely, including after the Subscription Term, and the Provider shall deliver them in an editable export format on request.

7.3 The Provider shall defend the Customer against any claim that the Service infringes a third party's intellectual property rights and pay the resulting damages and costs.

### 8. Confidentiality

8.1 Each party shall keep the other party's confidential information secret, use it only for the Agreement, and disclose it only to persons who need to know it and are bound by similar obligations.

8.2 This Section 8 survives for three years after the Agreement ends.

### 9. Liability

9.1 Each party's total liability under the Agreement is limited to two times the Total Contract Value.

9.2 The limit does not apply to breach of Section 6 or Section 8, infringement claims, or wilful misconduct.

### 10. Subcontracting

The Provider shall not subcontract the performance of the Service or the onboarding, other than to the approved hosting provider, without the Customer's prior written consent.

### 11. Termination

11.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within thirty days after notice.

11.2 If the Customer terminates under Section 11.1, the Provider shall refund the fees paid for the remaining part of the Subscription Year.

### 12. Governing Law and Disputes

12.1 The Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai, in English.

### 13. General

13.1 The Agreement is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

13.2 Neither party may assign the Agreement without the other's written consent, except to a successor of its whole business.

13.3 If Part A and Part B conflict, Part A prevails.

13.4 Notices must be in writing and sent by email to the contacts named in Section A6.

Signed for the Provider: ____________________ Signed for the Customer: ____________________
"""

SRC["e03"] = """T:Supply Contract for Cold-Chain Monitoring Sensors and Monitoring Software
P:Contract No. FRZ-PUR-2025-0932
P:Buyer: Tianjin Frostway Cold Chain Logistics Co., Ltd., registered in Tianjin, People's Republic of China (the "Buyer").
P:Supplier: Sidama Sensing Technologies PLC, registered in Hawassa, Sidama Region, Ethiopia (the "Supplier").
P:This Contract is made on the Buyer's standard terms of purchase. The Buyer operates fourteen cold stores and a fleet of refrigerated vehicles and wishes to monitor temperature, humidity and door events in real time. After a competitive tender, the Buyer has selected the Supplier to supply wireless sensors, gateways and a monitoring software licence, and to install and commission them.
H:1. Definitions
LN:In this Contract, "Equipment" means the sensors, gateways and accessories listed in clause 2; "Software" means the ColdWatch monitoring software in object code, with documentation; "Deliverables" means the Equipment, the Software and all configuration, interfaces and documents delivered under this Contract.
LN:"Final Acceptance" means the Buyer's written acceptance certificate issued under clause 6.3. "Buyer Data" means all temperature, humidity, location and event data, alarm records, user data and any other data of the Buyer processed by the Deliverables.
H:2. Scope and Price
P:2.1 The Supplier shall supply, install, configure and commission the items in the table below, integrate the Software with the Buyer's warehouse management system and transport management system, and train the Buyer's staff.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, with certificate|420|1,150|483,000
TB:2|Industrial gateway with 4G and Ethernet backhaul|36|6,800|244,800
TB:3|ColdWatch monitoring software, perpetual licence, unlimited sites|1|310,000|310,000
TB:Equipment and Software Subtotal|||1,037,800
TB:4|Installation, commissioning and system interfaces|1 lot|92,000|92,000
TB:5|Training of operators and administrators|1 lot|14,200|14,200
TB:Contract Price|||1,144,000
P:2.2 The Contract Price is CNY 1,144,000, fixed, and includes taxes, delivery to site, insurance, installation and all expenses of the Supplier.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price within 30 days after all Equipment is installed at all sites and the Buyer has signed the Installation Certificate. The Installation Certificate confirms quantities and installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:3.4 Each payment is subject to receipt of a valid VAT invoice or equivalent commercial invoice.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all Equipment to the Buyer's sites within 60 days after signature and complete installation within a further 30 days. Installation in cold stores shall be scheduled with the site managers so that no product is exposed to temperatures outside its range.
P:4.2 The Supplier shall provide a calibration certificate for each sensor, traceable to a national or international standard, issued not more than six months before delivery.
P:4.3 Sensors installed in freezer rooms shall be rated for operation down to minus 40 degrees Celsius, and sensors fitted to vehicles shall be protected against vibration and moisture. Batteries shall last at least three years at the configured reporting interval.
P:4.4 The Supplier shall provide installation drawings for each cold store and vehicle type before installation starts, and update them to show the installed position of every sensor and gateway. The updated drawings form part of the Deliverables.
P:4.5 The Supplier's staff working at the Buyer's sites shall follow the Buyer's safety, hygiene and cold-store entry rules, wear the protective clothing provided, and work under the supervision of the site manager.
H:5. Delay
P:5.1 If the Supplier fails to complete installation by the date in clause 4.1, or to be ready for Final Acceptance by the date in the project plan, for reasons attributable to it, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay.
P:5.2 Liquidated damages under this clause are capped at 10% of the Contract Price. If that cap is reached, the Buyer may terminate the Contract under clause 14.
H:6. Acceptance
P:6.1 Acceptance tests are carried out under a test plan agreed by both parties before installation.
P:6.2 The acceptance criteria are: (a) every sensor reports to the Software at the configured interval; (b) sensor readings agree with a reference thermometer within 0.3 degrees Celsius at three test points; (c) alarms reach the duty phone and the Software within 60 seconds after a threshold breach is simulated; (d) data is transferred to the warehouse and transport management systems for 30 consecutive days without loss; and (e) no Severity 1 or Severity 2 defect is open.
P:6.3 When the criteria are met, the Buyer shall issue a Final Acceptance certificate within ten working days. Installation, the Installation Certificate, use of the Deliverables or any payment does not by itself mean acceptance.
H:7. Warranty
P:7.1 The Supplier warrants that the Deliverables will be free from defects and conform to the Contract for 36 months from Final Acceptance (the "Warranty Period").
P:7.2 During the Warranty Period the Supplier shall repair or replace defective Equipment free of charge, provide Software updates and recalibrate sensors once a year.
P:7.3 After the Warranty Period, the Supplier shall offer annual support at 8.5% of the Equipment and Software Subtotal per year (CNY 88,213), fixed for three years. Support is ordered by separate purchase order each year and does not renew automatically.
H:8. Service Levels
P:8.1 Defects are classified by severity as shown below.
TB:Severity|Description|Response time|Restoration time
TB:Severity 1|Software down, or no data from a whole site|30 minutes|6 hours
TB:Severity 2|Alarm function impaired, or more than ten sensors offline|2 hours|24 hours
TB:Severity 3|Other defects|1 working day|5 working days
P:8.2 For each hour by which the Supplier misses a Severity 1 response or restoration time, the Supplier shall pay CNY 1,500, and for Severity 2, CNY 500, which the Buyer may deduct from any amount due or from the performance guarantee.
H:9. Intellectual Property
P:9.1 The Software and the firmware in the Equipment remain the property of the Supplier or its licensors and are licensed to the Buyer perpetually.
P:9.2 The interfaces to the warehouse and transport management systems, the configuration and all reports and dashboards made for the Buyer belong to the Buyer, with their source code. The Buyer may use, modify and license them freely.
H:10. Data Security
P:10.1 Buyer Data belongs to the Buyer. The Supplier shall use it only to perform this Contract and shall not copy, keep, aggregate or use it for any other purpose.
P:10.2 The Software runs on the Buyer's servers. The Supplier may access them only with the Buyer's approval for each session, through the Buyer's VPN with two-factor authentication. Gateways shall use encrypted connections and have default passwords changed before installation.
P:10.3 The Supplier shall report any security incident affecting Buyer Data or the Deliverables within six hours after becoming aware of it, help contain it, and compensate the Buyer for all losses caused by its breach of this clause.
H:11. Confidentiality
P:Each party shall keep confidential the other party's non-public business and technical information received under this Contract and not disclose it to any third party without prior written consent. This obligation lasts five years after the end of this Contract.
H:12. Liability
P:The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of clauses 10 and 11, which are not limited.
H:13. Subcontracting
P:The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. Local installation contractors must be approved in writing by the Buyer before they start work, and the Supplier remains responsible for them.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under clause 5 reach their cap.
P:14.2 On termination, the Supplier shall refund amounts paid for Deliverables not accepted and remove any Equipment the Buyer rejects.
H:15. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin.
H:16. General
P:16.1 This Contract is made in English and Chinese, both versions being equally valid.
P:16.2 Amendments must be in writing and signed by authorised representatives of both parties.
P:16.3 Notices under this Contract shall be in writing and sent by courier or email to the contact persons named in the project plan.
P:16.4 Annexes: Annex 1, Technical specification; Annex 2, Site list and installation drawings; Annex 3, Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

SRC["e04"] = """# MANAGED SERVICES AGREEMENT — MULTILINGUAL SERVICE DESK AND ENDPOINT MANAGEMENT

Agreement No. DDW-MSA-2025-03

**Between:** Chongqing Riverbend Auto Parts Co., Ltd., a company incorporated in the People's Republic of China, registered office in Chongqing (the "Customer"); and

**Rift Valley Managed IT Services PLC**, a company incorporated in Ethiopia, principal office in Dire Dawa (the "Provider").

**Background.** The Customer runs plants in Chongqing and sales offices in East Africa and the Middle East. It wishes to outsource its first-line service desk and the remote management of its laptops and desktops to the Provider, which operates a multilingual service centre in Dire Dawa. The parties agree as follows.

## Section 1 Definitions

1.1 "Services" means the service desk, endpoint management and reporting services described in Schedule 1.

1.2 "Service Levels" means the targets in Schedule 2, and "Service Credits" means the credits calculated under Schedule 2.

1.3 "Transition" means the work to take over the Services from the Customer's current provider, as described in Schedule 1, Part B.

1.4 "Service Commencement Date" means the date on which the Customer confirms in writing that Transition is complete under Section 4.

1.5 "Customer Data" means all data of the Customer, its employees and its customers that the Provider receives or handles in performing the Services, including ticket records, user directories and device inventories.

## Section 2 Term

2.1 The Agreement starts on signature and the Services run for 36 months from the Service Commencement Date (the "Term").

2.2 The Agreement ends at the end of the Term. It does not renew automatically. Any extension requires a written amendment signed by both parties, at prices agreed at that time.

## Section 3 Services

3.1 The Provider shall perform the Services in accordance with Schedule 1 and meet the Service Levels in Schedule 2.

3.2 The Provider shall staff the service desk from 07:00 to 23:00 China Standard Time, seven days a week, in Chinese, English, Arabic, Amharic and Swahili, and provide an on-call engineer for Priority 1 incidents outside those hours.

3.3 The Provider shall use the Customer's IT service management tool and endpoint management console, under accounts issued by the Customer.

3.4 The Provider shall keep a knowledge base of solutions and procedures in the Customer's service management tool and update it monthly.

## Section 4 Transition and Acceptance

4.1 The Provider shall complete Transition within 75 days after signature.

4.2 Transition is complete when: (a) all Customer users can reach the service desk by phone, portal and email in the five languages; (b) a shadow-running period of 20 days with the outgoing provider has ended with at least 95 tickets handled end-to-end by the Provider without escalation errors; (c) all endpoints in the inventory report to the endpoint management console; and (d) the knowledge base contains the articles listed in Schedule 1, Part B. The Customer shall confirm completion in writing within five working days or list the gaps, which the Provider shall close before confirmation is requested again.

4.3 If Transition is not complete by the date in Section 4.1 for reasons attributable to the Provider, the Provider shall pay CNY 1,800 for each day of delay, up to CNY 90,000. The Customer may deduct this amount from any invoice.

## Section 5 Charges and Payment

5.1 The charges are set out in Schedule 3. The Total Contract Value for the Term is CNY 1,950,000.

5.2 The Transition Charge is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears, after the Customer receives the monthly service report.

5.3 Invoices are payable within 30 days. Service Credits are deducted from the next invoice.

5.4 The Monthly Service Charge is fixed for the Term. Volumes of up to 10% above the baseline in Schedule 3 are included; larger increases are agreed by change request.

## Section 6 Customer Data

6.1 Customer Data belongs to the Customer. The Provider shall use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 At the end of the Term the Provider shall return all Customer Data held outside the Customer's systems and then delete its copies.

## Section 7 Confidentiality

7.1 Each party shall keep confidential any information of the other party marked or reasonably understood as confidential, and shall not disclose it to any third party without the other's written consent, except to its employees and advisers who need to know it.

7.2 This Section does not apply to information that is public, already known to the recipient, or required to be disclosed by law.

7.3 The obligations in this Section continue for three years after the Agreement ends.

## Section 8 Intellectual Property

8.1 Each party keeps its existing intellectual property.

8.2 Knowledge articles, scripts, runbooks and reports created by the Provider for the Customer under the Agreement belong to the Customer, which may use, modify and license them freely, including with another provider.

## Section 9 Personnel

9.1 The Provider shall name a service delivery manager, who attends monthly service reviews in person or by video.

9.2 The Provider shall replace any staff member the Customer reasonably objects to within 30 days.

## Section 10 Liability

10.1 Each party's total liability under the Agreement is limited to 150% of the Total Contract Value.

10.2 The limit does not apply to death or personal injury, fraud, wilful misconduct, or breach of Section 7.

## Section 11 Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## Section 12 Change Control

12.1 Either party may propose a change to the Services by a written change request.

12.2 No change is binding until both parties sign it. The Provider shall not refuse a reasonable change that can be performed with its existing resources.

## Section 13 Ending the Agreement

13.1 The Agreement may be ended before the end of the Term only by written agreement of both parties.

13.2 When the Agreement ends, the Provider shall provide reasonable help for up to 60 days to transfer the Services to the Customer or a new provider, at the rates in Schedule 3.

## Section 14 Governing Law and Disputes

14.1 The Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen. The language of arbitration is English.

## Section 15 General

15.1 The Agreement, with its Schedules, is the entire agreement of the parties about its subject.

15.2 Notices must be in writing and sent to the addresses in the signature block.

15.3 If the body of the Agreement and a Schedule conflict, the body prevails.

15.4 Neither party may assign the Agreement without the other party's prior written consent.

## Schedule 1 — Services

**Part A: Ongoing services**

| Service | Description | Volume baseline |
|---|---|---|
| Service desk | Log, classify, resolve or route incidents and requests by phone, portal and email | 1,900 tickets per month |
| Password and account support | Resets, unlocks and access requests under the Customer's approval rules | included |
| Endpoint management | Patch deployment, software distribution, device health checks, compliance reports | 2,350 endpoints |
| New-starter and leaver setup | Account creation and removal, device preparation instructions for local staff | 60 per month |
| Reporting | Monthly service report and quarterly trend review | monthly |

**Part B: Transition**

| Step | Deliverable | Target |
|---|---|---|
| Knowledge capture | 180 knowledge articles approved by the Customer | Day 40 |
| Tool set-up | Queues, categories and escalation paths in the Customer's tool | Day 45 |
| Shadow running | 20 days in parallel with the outgoing provider | Day 70 |
| Cut-over | Service desk numbers and portal switched to the Provider | Day 75 |

## Schedule 2 — Service Levels and Service Credits

| Priority | Definition | Response | Resolution or workaround | Credit per missed incident |
|---|---|---|---|---|
| P1 | Plant production system or more than 50 users unable to work | 15 minutes | 3 hours | CNY 2,000 |
| P2 | One site or a key user unable to work | 30 minutes | 8 hours | CNY 800 |
| P3 | Single user affected, workaround available | 2 hours | 2 working days | none |

Total Service Credits in any month are capped at 20% of the Monthly Service Charge for that month.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition Charge | one-time, after the Service Commencement Date | 78,000 |
| Monthly Service Charge | 36 months at CNY 52,000 | 1,872,000 |
| Total Contract Value | | 1,950,000 |
| Exit assistance | per person-day, only if requested | 2,600 |

Signed for the Customer: ____________________ Signed for the Provider: ____________________
"""

SRC["e05"] = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. BDR-API-2025-21

PARTIES

1.1 Customer: Qingdao Goldenfield Agri-Commodities Co., Ltd., a company incorporated in the People's Republic of China, with its registered office in Qingdao, Shandong Province (the "Customer").

1.2 Provider: Tana Market Intelligence PLC, a company incorporated in Ethiopia, with its principal office in Bahir Dar, Amhara Region (the "Provider").

1.3 The Customer buys sesame, coffee and pulses from East Africa. The Provider collects and publishes market prices, crop-condition reports, weather observations and port-logistics data for the region, and offers them through an application programming interface (API) and a web terminal. The Customer wishes to subscribe to these data and to connect them to its trading and risk systems.

DEFINITIONS

2.1 "Subscription Data" means the price series, crop-condition indices, weather observations, shipping schedules and reports made available by the Provider through the Service.

2.2 "Service" means the API, the web terminal, the bulk download facility and the related documentation.

2.3 "Customer Data" means the watch lists, positions, query parameters, portfolio files and any other data that the Customer or its users upload to or create in the Service, and the records of the Customer's queries.

2.4 "Integration Work" means the connector that the Provider builds to load Subscription Data into the Customer's trading system and risk data warehouse, as described in Annex 1.

2.5 "Subscription Year" means each period of one year starting on the Start Date or its anniversary. The "Start Date" is the date of Integration Acceptance.

2.6 "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China.

2.7 "User" means an employee of the Customer to whom the Customer has given a named log-in to the Service.

SUBSCRIPTION AND TERM

3.1 The Provider grants the Customer a non-exclusive, non-transferable right, for two Subscription Years from the Start Date, to access the Service and to use Subscription Data for its internal trading, purchasing, risk management and reporting.

3.2 The Customer may give access to up to 40 named users and may store Subscription Data in its own systems. The Customer may share derived analyses, but not raw Subscription Data, with its banks, auditors and regulators.

3.3 The Agreement ends at the end of the second Subscription Year. It does not renew automatically. The parties may agree a further term in writing.

FEES AND PAYMENT

4.1 The fees are:
    Subscription fee, Subscription Year 1: CNY 348,000
    Subscription fee, Subscription Year 2: CNY 348,000
    Integration Work, one-time: CNY 42,000
    Total Contract Value: CNY 738,000

4.2 The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year. The Integration Work fee is invoiced after Integration Acceptance. All invoices are payable within 30 days.

4.3 The fees are fixed for both Subscription Years and include taxes. API calls above the monthly allowance in Annex 2 are charged at the overage rate in Annex 2, which is not part of the Total Contract Value.

INTEGRATION AND ACCEPTANCE

5.1 The Provider shall complete the Integration Work within 45 days after signature.

5.2 Integration Acceptance is given when: (a) the connector loads all contracted data series into the Customer's trading system and risk data warehouse every day for 15 consecutive business days without a failed load; (b) a sample of 500 data points matches the values shown in the web terminal; (c) the historical series back to January 2015 are loaded; and (d) the Provider has delivered the connector's source code and operating guide. The Customer shall confirm Integration Acceptance in writing within five business days after the criteria are met, or list the failures to be corrected.

5.3 If Integration Acceptance is delayed for reasons attributable to the Provider beyond the date in clause 5.1, the Provider shall pay CNY 500 per day of delay, up to CNY 20,000.

SERVICE LEVELS

6.1 The Provider shall make the API available at least 99.95% of the time in each calendar month, excluding planned maintenance announced at least five days in advance and carried out on weekends.

6.2 Incidents are classified as: P1, the API or the web terminal is unavailable, or daily price data is not published by 10:00 East Africa Time; P2, a data series is late, incomplete or wrong; P3, other problems. The Provider shall respond to P1 incidents within 1 hour and to P2 incidents within three hours, at any time of day, and to P3 incidents within one business day.

6.3 If monthly availability falls below the level in clause 6.1, the Customer receives a service credit of 5% of one twelfth of the current Subscription Year fee for each started 0.1 percentage point of shortfall. For each hour by which a P1 response is late, the Customer receives a credit of CNY 500. Credits are deducted from the next invoice or paid on expiry.

6.4 The Provider shall correct any error in Subscription Data within two business days after it is reported and republish the corrected series.

6.5 The Provider shall give the Customer a monthly service report showing availability, incidents, response times, credits due and any corrections made to Subscription Data during the month.

6.6 The Provider shall notify the Customer at least 60 days in advance of any change to the API that is not backward compatible, and shall keep the previous API version running for at least 90 days after the new version is released.

CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to the Customer. The Provider may use Customer Data only to provide the Service to the Customer and shall not analyse, aggregate, sell or disclose it for any other purpose.

7.2 The Provider shall keep Customer Data logically separated from other customers' data, encrypt it in transit and at rest, limit access to named support staff, keep access logs for one year, and apply security patches promptly.

7.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 24 hours after becoming aware of it, take steps to contain it, and compensate the Customer for losses caused by its breach of this section.

7.4 On expiry, the Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

INTELLECTUAL PROPERTY

8.1 The Provider and its data sources keep all rights in the Service and the Subscription Data.

8.2 The connector and all code, mappings and documents created for the Customer under the Integration Work belong to the Customer, which may use, modify and license them freely.

8.3 The Provider shall defend the Customer against any claim that the Service or the Subscription Data infringe a third party's rights.

CONFIDENTIALITY

9.1 Each party shall keep confidential the other party's non-public information, including the Customer's trading positions and the Provider's pricing, and shall use it only for this Agreement.

9.2 This obligation continues for three years after the Agreement ends.

SUBCONTRACTING

10.1 The Provider may use subcontractors, including cloud hosting providers, field data collectors and software developers, to perform any part of the Service or the Integration Work.

10.2 The Provider shall inform the Customer in writing of any new subcontractor at least 15 days before it starts work. The Provider remains responsible for its subcontractors.

LIABILITY

11.1 The Provider's total liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed the fees paid by the Customer in the 6 months preceding the event giving rise to the claim.

11.2 Neither party is liable for loss of profit, loss of business or indirect loss.

11.3 Subscription Data is provided for information. The Customer is responsible for its own trading decisions.

11.4 The limits in this section do not apply to breach of the sections on data security and confidentiality, to infringement claims, or to fraud.

TERMINATION

12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach and does not remedy it within 20 days after notice, or if monthly availability is below the level in clause 6.1 for three consecutive months.

12.2 On termination by the Customer under clause 12.1, the Provider shall refund the fees paid for the remaining part of the current Subscription Year.

FORCE MAJEURE

13.1 Neither party is liable for failure caused by events beyond its reasonable control, such as natural disasters, war, or general failures of public networks. The affected party shall notify the other promptly.

GOVERNING LAW AND DISPUTES

14.1 This Agreement is governed by the laws of the People's Republic of China.

14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in English.

GENERAL

15.1 This Agreement, with Annex 1 (Integration specification) and Annex 2 (Data coverage and API allowance), is the entire agreement between the parties.

15.2 Amendments must be in writing and signed by both parties. Notices may be given by email to the contacts named in Annex 1.

Signed for the Customer: ____________________
Signed for the Provider: ____________________
"""

FILES = {  # key: (file name, lang, category, format)
    "z01": ("h688z01_wildlife_disease_monitoring_platform.pdf", "zh", "software"),
    "z02": ("h688z02_guzheng_soundboard_lacquer_line_retrofit.docx", "zh", "hardware"),
    "z03": ("h688z03_fried_chicken_chain_ordering_saas.txt", "zh", "cloud"),
    "z04": ("h688z04_acid_rain_station_om_service.txt", "zh", "services"),
    "z05": ("h688z05_chocolate_batch_tracking_supplier_template.md", "zh", "software"),
    "e01": ("h688e01_coffee_lot_traceability_licence_gondar.pdf", "en", "software"),
    "e02": ("h688e02_field_inspection_saas_order_form_mekelle.md", "en", "cloud"),
    "e03": ("h688e03_cold_chain_sensors_monitoring_hawassa.docx", "en", "hardware"),
    "e04": ("h688e04_managed_service_desk_36_months_dire_dawa.md", "en", "services"),
    "e05": ("h688e05_market_data_api_subscription_bahir_dar.txt", "en", "cloud"),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")
G, S = "goods_or_licence", "service"
# terms, extra, design rules, TCO inputs (fee base, contract value, annual fee) for goods with a known capped fee
DESIGN = {
    "z01": (dict(availability_pct=99.95, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=24,
                 post_warranty_fee_pct=9, governing_law="PRC"),
            dict(v=2088000, capped=True, base=1260000), []),
    "z02": (dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, prepayment_pct=25, warranty_months=18,
                 post_warranty_fee_pct=24, subcontract_without_consent=True),
            dict(v=1692000, capped=True, base=1548000),
            ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"]),
    "z03": (dict(availability_pct=99.5, p1_response_hours=0.25, ld_rate_per_day_pct=600 / 590000 * 100,
                 liability_cap_pct=200, final_payment_on_acceptance=None, auto_renewal_price_increase=True,
                 contract_kind=S),
            dict(v=590000), ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": (dict(p1_response_hours=1, confidentiality=False, final_payment_on_acceptance=None, contract_kind=S),
            dict(v=451000, ld=False), ["CR-CONFIDENTIALITY", "CR-LD-MISSING"]),
    "z05": (dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", ld_rate_per_day_pct=0.02,
                 liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False, final_payment_on_acceptance=False,
                 warranty_months=6, subcontract_without_consent=None, governing_law=None),
            dict(v=970000, capped=False, deemed=True, base=520000),
            ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-LOW", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
             "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-WARRANTY"]),
    "e01": (dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
                 warranty_months=24, post_warranty_fee_pct=11, governing_law="Ethiopia"),
            dict(v=1696000, capped=True, base=1180000), ["CR-GOVERNING-LAW"]),
    "e02": (dict(p1_response_hours=None, sla_remedy=False, buyer_owns_data=False,
                 ld_rate_per_day_pct=1200 / 586000 * 100, liability_cap_pct=200, final_payment_on_acceptance=None,
                 contract_kind=S),
            dict(v=586000, sla=False), ["CR-DATA-OWNERSHIP", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": (dict(ld_rate_per_day_pct=0.1, liability_cap_pct=200, warranty_months=36, post_warranty_fee_pct=8.5),
            dict(v=1144000, capped=True, base=1037800), []),
    "e04": (dict(p1_response_hours=0.25, data_security_clause=False, ld_rate_per_day_pct=1800 / 1950000 * 100,
                 liability_cap_pct=150, final_payment_on_acceptance=None, termination_for_breach=False,
                 contract_kind=S),
            dict(v=1950000), ["CR-DATA-SECURITY", "CR-TERMINATION"]),
    "e05": (dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=500 / 738000 * 100,
                 liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None, subcontract_without_consent=True,
                 contract_kind=S),
            dict(v=738000), ["CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x):
    """Policy §4: horizon 5 years from acceptance, post-warranty years = 5 - warranty years, fee base = itemised
    licence/hardware subtotal; None when the fee is unknown or uncapped."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("capped"):
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * x["base"]
    return fees / (x["v"] + fees) * 100


def derive(t, x):
    """My reading of policy §3, from the labels."""
    r = set()
    sla = x.get("sla", True)
    goods = t["contract_kind"] == G
    if not sla:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x.get("ld", True):
        r.add("CR-LD-MISSING")
    if t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not t["acceptance_clause"] or x.get("deemed") or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods and (t["warranty_months"] is None or t["warranty_months"] < 12):
        r.add("CR-WARRANTY")
    if goods and (t["post_warranty_fee_pct"] is None or not x.get("capped") or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC") or x.get("forum_abroad"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    return "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else ("low" if rules else "low"))


def label(key):
    name, lang, cat = FILES[key]
    terms, x, design = DESIGN[key]
    t = dict(BASE)
    t.update(terms)
    if t["contract_kind"] == S:
        assert t["warranty_months"] is None and t["post_warranty_fee_pct"] is None
    t = {k: t[k] for k in KEYS}
    extra = {"sla_clause": x.get("sla", True), "ld_stated": x.get("ld", True)}
    if t["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = x["capped"]
    extra["acceptance_deemed_on_delivery"] = x.get("deemed", False)
    extra["contract_value"] = x["v"]
    rules = derive(t, x)
    assert rules == sorted(design), (key, rules, design)
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": extra,
            "expected_rules": rules}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


N = r"(?<![\d.,])"
THRESH = re.compile("|".join([
    N + r"99\.90*(?!\d)", r"九十九点九(?![一-九])",
    N + r"4\s*(?:-?\s*hours?|hrs?\b|h\b|小时|个小时)", r"(?<![十\d])四个?小时", r"\bfour\s*-?\s*hours?",
    N + r"0?\.050*\s*(?:%|percent)", r"万分之五(?![十])", r"千分之零点五", r"0\.0005(?!\d)",
    N + r"100(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之一?百(?![分])", r"\bone\s*hundred\s*per\s*cent",
    N + r"30(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之三十(?![一-九])", r"\bthirty\s*per\s*cent",
    N + r"15(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之十五(?![一-九])", r"\bfifteen\s*per\s*cent",
    N + r"40(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之四十(?![一-九])", r"\bforty\s*per\s*cent",
    N + r"12\s*(?:-?\s*months?|个月|個月|月)", r"(?<![一-九])十二个?月", r"\btwelve\s*-?\s*months?",
]), re.I)
MUST_HIT = ["99.9%", "99.90 %", "4 hours", "within 4hours", "4小时", "四小时", "4 个小时", "0.05%", ".05 %", "万分之五",
            "100%", "100 %", "百分之百", "30%", "百分之三十", "15%", "15 %", "百分之十五", "40%", "百分之四十",
            "12 months", "12-month", "12个月", "十二个月", "twelve months", "four hours", "thirty percent"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "14 hours", "0.08%", "万分之八", "万分之五十",
             "150%", "200%", "1,100%", "130%", "215%", "24%", "35%", "45%", "25%", "18 months", "十八个月",
             "112 months", "二十四个月", "2012 months", "4.5 hours"]


def scan_selftest():
    for s in MUST_HIT:
        assert THRESH.search(s), ("must hit", s)
    for s in MUST_MISS:
        assert not THRESH.search(s), ("must miss", s, THRESH.search(s))


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    scan_selftest()
    bin_targets = {}
    for key, (name, lang, cat) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            bin_targets[key] = (name, ext)
        else:
            (OUT / name).write_text(SRC[key].strip("\n") + "\n", encoding="utf-8")
            print("wrote", name)
    write({k: SRC[k] for k in bin_targets}, bin_targets, OUT, wrap_words=True)
    covered = set()
    report = []
    for key, (name, lang, cat) in FILES.items():
        lab = label(key)
        t, x = lab["expected_terms"], DESIGN[key][1]
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        share = tco_share(t, x)
        if share is not None:
            assert abs(share - 40) > 2, (key, share)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(lab["expected_rules"])
        text = read_back(OUT / name)
        for form in (text, " ".join(text.split()), re.sub(r"\s+", "", text)):
            m = THRESH.search(form)
            assert not m, (key, m.group(0), form[max(0, m.start() - 30):m.end() + 30])
        if lang == "zh":
            n = len(re.sub(r"\s+", "", text))
            ok = 2750 <= n <= 3000
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
        report.append((key, n, ok, lab["expected_rules"], risk(lab["expected_rules"]),
                       None if share is None else round(share, 2)))
    for r in report:
        print(*r)
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    assert all(r[2] for r in report), "length out of range"
    print("all checks passed")


if __name__ == "__main__":
    main()
