import sys; sys.dont_write_bytecode = True
"""holdout354: writes the ten contracts, their labels, and checks lengths, thresholds and rule coverage."""
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:动物疫病防控监测平台建设项目政府采购合同
P:合同编号：QZNY-ZC-2026-017　采购方式：公开招标　项目编号：QZCG2026-0341
P:甲方（采购人）：清州市农业农村局　地址：清州市经开区农科路18号
P:乙方（供应商）：杭州禾牧信息技术有限公司　地址：杭州市西湖区文三路477号
P:根据《中华人民共和国政府采购法》及其实施条例、本项目招标文件和乙方投标文件，甲乙双方经协商一致，就清州市动物疫病防控监测平台建设事宜订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方为甲方建设动物疫病防控监测平台，包括：平台软件许可（市、县、乡三级使用）、监测预警与流调分析模块定制开发、移动采样端、与省级畜牧兽医信息系统及屠宰检疫系统的数据对接、历史免疫与检测数据迁移，以及部署实施与培训。
P:1.2 具体功能、性能与安全要求以招标文件第三章《采购需求》及乙方投标文件技术响应为准，二者不一致时以要求较高者为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰贰拾伍万捌仟元整（¥2,258,000.00），为固定总价，含税、运输、部署、培训及质保期内全部服务费用。分项如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（含三级用户授权）|1,260,000
TB:2|监测预警及流调分析模块定制开发、移动采样端|684,000
TB:3|数据对接与历史数据迁移|218,000
TB:4|部署实施与培训|96,000
TB:合计||2,258,000
P:2.2 除本合同另有约定外，甲方无须向乙方支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:3.4 每次付款前乙方应开具合规发票。甲方付款以财政资金拨付程序为准，因财政审批导致的合理延迟不视为甲方违约。
H:第四条 交付与工期
P:4.1 乙方应在合同签订后150日内完成平台部署并提请初步验收，初步验收合格后进入90日试运行。
P:4.2 乙方应提交实施方案、需求规格说明书、数据字典、接口说明、部署文档、用户手册、运维手册及定制开发部分的源代码。
H:第五条 验收
P:5.1 初步验收由甲方组织，内容包括：招标文件所列功能逐项测试；500个并发用户下常用页面响应不超过3秒；与省级系统对接连续7日数据零差错；历史数据迁移后逐表核对记录数与关键字段一致。
P:5.2 最终验收在试运行期满后进行，条件为：试运行期间未发生一级故障；甲方委托的第三方机构出具的网络安全等级保护测评结论为符合；全部文档与源代码交付完毕。最终验收以甲方签署的验收报告为准。
P:5.3 平台上线运行、甲方使用或支付部分款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提请验收。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:6.2 质保期满后，如甲方需要，乙方提供年度维护服务，年维护费不超过平台软件许可费的8%（即不超过¥100,800元/年），且自质保期满起两个维护年度内不上调。维护合同另行签订，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（计划内维护除外，计划维护须提前3个工作日告知甲方并安排在夜间）。
P:7.2 一级故障（平台整体不可用或疫情预警功能失效）乙方应在30分钟内响应、2小时内到场或远程介入、8小时内恢复；二级故障2小时内响应、次日内解决。
P:7.3 响应或恢复每超时1小时，乙方向甲方支付违约金1,000元；月可用率每低于约定值0.01个百分点，扣减维护保证金2,000元。
H:第八条 数据安全
P:8.1 平台采集、存储和产生的全部数据（包括养殖场户信息、免疫与采样记录、检测结果、疫情报告及日志）归甲方所有。乙方仅为履行本合同使用，不得留存、复制或用于其他任何目的。
P:8.2 乙方应按照网络安全等级保护第三级要求落实安全措施：运维操作经甲方堡垒机进行并全程审计，敏感字段加密存储，测试环境不得使用真实数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任，包括甲方因此受到的行政处罚及对第三方的赔偿。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、疫情信息及其他非公开信息负有保密义务，未经甲方书面同意不得向任何第三方披露。本条在合同终止后继续有效。
H:第十条 知识产权
P:10.1 定制开发的模块、移动采样端、接口程序及其源代码、文档的知识产权归甲方所有，甲方可自行或委托第三方修改、使用。
P:10.2 平台基础软件的知识产权仍归乙方，乙方授予甲方永久、不可撤销的使用许可。乙方保证交付成果不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方未按第四条约定期限提请初步验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:11.2 乙方在本合同项下的累计赔偿责任以合同总价的两倍为限，但故意、重大过失及违反第八条、第九条造成的损失不受此限。
H:第十二条 分包
P:本项目不允许分包。乙方不得将合同义务全部或部分转让或委托给第三方履行。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面通知后10日内未予纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 项目管理与不可抗力
P:15.1 项目管理与沟通：双方各指定一名项目负责人，负责日常联络与问题协调。实施期间每周召开一次项目例会，乙方应提交周报，载明进度、风险与需甲方配合事项；重大事项以书面形式确认。乙方更换项目负责人的，应提前十日书面通知甲方并取得甲方认可。
P:15.2 不可抗力：因地震、台风、洪水、重大疫情等不能预见、不能避免且不能克服的事件导致一方不能履行合同的，受影响方应在事件发生后三日内通知对方，并在十五日内提供有关证明；双方根据影响程度协商延期履行或部分免除责任。
P:15.3 通知与送达：本合同项下的通知应以书面形式按合同首页地址或双方确认的电子邮箱送达。一方变更联系方式的，应在变更后三日内书面通知对方，否则向原地址发出的通知视为已送达。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同组成部分。本合同一式六份，甲方四份、乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：清州市农业农村局　　　　乙方（盖章）：杭州禾牧信息技术有限公司
P:法定代表人或授权代表：__________　　　　法定代表人或授权代表：__________
P:签订日期：2026年3月　日　　　　签订地点：清州市
"""

Z02 = """T:挤出生产线控制系统改造合同
P:合同编号：LSMS-JS-2026-08
P:甲方：安吉林森木塑新材料有限公司（买方）　地址：浙江省湖州市安吉县递铺街道塘浦工业区
P:乙方：常州瑞拓自动化工程有限公司（卖方）　地址：江苏省常州市新北区汉江路356号
P:甲方三号、四号车间共有六条木塑地板挤出线，原控制系统老化、温区控制精度不足。经比选，甲方委托乙方对上述挤出线控制系统进行改造。双方依据《中华人民共和国民法典》签订本合同。
H:一、改造范围
P:（一）更换六条挤出线的主控PLC柜、温控模块、变频驱动及人机界面，新增车间级数据采集服务器与工艺配方管理软件。
P:（二）编制挤出机、模具、冷却定型、牵引、切割各段联动控制程序，实现配方下发、温区闭环控制、断料报警及产量统计。
P:（三）完成安装、接线、单机调试、联动调试和试生产，并对甲方电工、工艺员进行培训。
H:二、合同价格
P:（一）合同总价为人民币壹佰叁拾万元整（¥1,300,000），含税、运杂费、安装调试费及质保期内服务费用。明细见下表：
TB:序号|名称|数量|金额（元）
TB:1|主控PLC柜（含CPU、IO模块）|6套|468,000
TB:2|温控模块及热电偶|6套|186,000
TB:3|变频驱动器|24台|264,000
TB:4|触摸屏人机界面|6台|72,000
TB:5|数据采集服务器|1台|58,000
TB:6|工艺配方管理软件许可|1套|108,000
TB:|硬件及软件许可小计||1,156,000
TB:7|安装、接线及调试||118,000
TB:8|培训||26,000
TB:|合同总价||1,300,000
P:（二）上述价格为固定价格，不因原材料或人工成本变化而调整。
H:三、付款
P:（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）全部设备到货并完成安装，甲方签收到货单后10个工作日内支付合同总价的55%。到货签收不代表验收合格。
P:（三）最终验收合格后10个工作日内支付合同总价的25%。
H:四、工期
P:（一）乙方应在合同生效后45日内完成设备到货，并利用甲方安排的停产窗口分批改造，每条线停机时间不超过5日。
P:（二）全部六条线应在合同生效后90日内具备最终验收条件。
H:五、验收
P:（一）每条线改造完成后连续试生产72小时，满足以下条件视为单线合格：各温区控制精度±1℃以内；配方下发后3分钟内全线参数到位；断料、超温、过载报警动作正确；产量统计与人工计数误差小于0.5%。
P:（二）六条线全部单线合格并连续稳定运行30日、无停线故障的，甲方签署最终验收单。
P:（三）设备安装完毕、试生产或甲方投入使用，均不视为最终验收。
H:六、质量保证
P:（一）质保期为十八个月，自最终验收之日起计算。质保期内乙方免费更换损坏部件并提供程序修改服务。
P:（二）质保期内，整线停机类故障乙方应在1小时内远程响应，8小时内到达现场；其他故障2小时内响应，48小时内处理完毕。
P:（三）响应或到场每超时1小时，乙方向甲方支付800元，从质保金或应付款中扣除。
H:七、质保期满后的维保服务
P:（一）质保期满后，乙方按年度向甲方提供维保服务，包括季度巡检、备件更换、程序维护和7×24小时电话支持。
P:（二）维保年费为硬件及软件许可小计的26%，即每年人民币300,560元，在维保服务期内固定不变，按年度于每个维保年度开始前支付。
P:（三）维保服务期自质保期满之日起算，至甲方书面通知终止时止。
H:八、数据与保密
P:（一）控制系统及数据采集服务器中的工艺配方、生产记录、产量和质量数据归甲方所有，乙方不得复制、带离或用于其他客户。
P:（二）乙方远程维护须通过甲方提供的VPN账号，每次登录须经甲方设备科审批，操作留存日志；乙方人员不得在工控网络中使用未经查杀的移动存储介质。
P:（三）因乙方原因导致工艺配方或生产数据泄露、被篡改的，乙方应在2小时内告知甲方，并赔偿甲方由此遭受的全部损失。
P:（四）双方对在合作中知悉的对方商业秘密、技术资料负有保密义务，未经对方书面同意不得向第三方披露，合同终止后继续有效。
H:九、知识产权
P:为甲方编写的联动控制程序、配方管理界面、报表及其源程序归甲方所有，甲方有权自行修改或交由他人维护。PLC、变频器等产品自带的固件及工艺配方管理软件的著作权归原权利人，甲方享有永久使用权。
H:十、分包
P:乙方可将电气安装、桥架及接线工程分包给具有相应资质的单位，但应在进场前以书面形式告知甲方分包单位名称。乙方对分包部分的质量和安全承担责任。
H:十一、违约责任
P:（一）乙方未按第四条约定期限具备最终验收条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
P:（二）因乙方改造原因造成甲方非计划停产的，乙方按每条线每小时1,200元赔偿停产损失。
P:（三）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
H:十二、合同解除
P:一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权解除本合同并要求违约方赔偿损失。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交湖州仲裁委员会仲裁。
H:十四、项目管理与培训
P:（一）项目管理与沟通：双方各指定一名项目负责人，负责日常联络与问题协调。实施期间每周召开一次项目例会，乙方应提交周报，载明进度、风险与需甲方配合事项；重大事项以书面形式确认。乙方更换项目负责人的，应提前十日书面通知甲方并取得甲方认可。
P:（二）培训与文档：乙方应为甲方编制培训计划，分批开展操作培训和管理员培训，培训结束后进行考核并提交培训记录；所有文档应提供中文版本，纸质版与电子版各一套。
P:（三）现场管理：乙方人员进入甲方场所应遵守甲方安全、保卫和卫生管理制度，服从现场管理人员的安排；乙方应为其人员办理必要的保险，乙方人员在履约中发生的人身伤害由乙方负责处理。
P:（四）变更管理：任何一方提出需求或范围变更的，应以书面形式提出，乙方在五个工作日内评估对工期和费用的影响，经双方书面确认后方可实施；未经确认的变更不产生额外费用。
P:（五）档案与资料：乙方应按甲方档案管理要求整理项目过程文件，包括会议纪要、测试记录、变更单和验收材料，在项目结束时移交甲方归档。
P:（六）税费与发票：因履行本合同发生的税费，由双方按照国家有关规定各自承担。乙方开具的发票应真实、合法，因发票不合规导致的损失由乙方承担。
H:十五、不可抗力与通知
P:（一）不可抗力：因地震、台风、洪水、重大疫情等不能预见、不能避免且不能克服的事件导致一方不能履行合同的，受影响方应在事件发生后三日内通知对方，并在十五日内提供有关证明；双方根据影响程度协商延期履行或部分免除责任。
P:（二）通知与送达：本合同项下的通知应以书面形式按合同首页地址或双方确认的电子邮箱送达。一方变更联系方式的，应在变更后三日内书面通知对方，否则向原地址发出的通知视为已送达。
H:十六、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件：设备技术规格书、改造实施计划、停产窗口安排表。
P:甲方（盖章）：安吉林森木塑新材料有限公司　　乙方（盖章）：常州瑞拓自动化工程有限公司
P:代表签字：__________　　代表签字：__________　　日期：2026年4月　日
"""

Z03 = """客户管理及拍摄排期SaaS服务合同

合同编号：MY-SAAS-2026-031

甲方：成都蜜约婚纱摄影连锁有限公司
统一社会信用代码：（略）　地址：成都市锦江区红星路三段99号
乙方：广州影档云科技有限公司
地址：广州市天河区珠江新城华夏路28号

鉴于甲方在成都、重庆、绵阳等地经营16家婚纱摄影门店，需要统一的客户管理、套系销售、拍摄排期与选片交付系统；乙方提供“影档云”SaaS平台及实施服务。双方经友好协商，订立本合同。

第一条 服务内容
（1）乙方向甲方16家门店及总部开通“影档云”平台，功能包括：客户档案与跟进、套系与订单管理、摄影师/化妆师/场景排期、在线选片、相册制作进度跟踪、门店经营报表。
（2）乙方负责实施服务：基础数据初始化、既有Excel客户资料及近三年订单的导入、排期规则配置、与甲方微信公众号预约入口和收银系统对接、总部定制报表开发及全员培训。
（3）服务期为三个服务年度，自上线验收合格之日起算。

第二条 费用
（1）门店服务费：每家门店每个服务年度人民币9,800元，16家合计156,800元/服务年度。
（2）总部管理模块服务费：每个服务年度人民币48,000元。
（3）实施费（一次性）：人民币86,000元。
（4）三个服务年度合同总价为人民币700,400元（204,800元×3+86,000元）。
（5）平台存储超出每店2TB的部分按乙方报价单另行计费，不计入合同总价。

第三条 付款
（1）实施费在上线验收合格后10个工作日内一次性支付。
（2）各服务年度的服务费于该服务年度开始后15日内支付。
（3）乙方应在收款前开具增值税专用发票。

第四条 实施与上线验收
（1）乙方应在合同签订后45日内完成实施并提请上线验收。
（2）验收标准：需求确认书所列功能全部可用；导入客户及订单数据与甲方原始资料逐条核对一致；排期冲突校验正确；公众号预约及收银对接连续5日无差错；200个并发用户下页面响应不超过2秒。
（3）甲方在收到验收申请后7个工作日内组织验收，验收合格的签署上线验收单；甲方试用不视为验收合格。
（4）乙方未按期提请上线验收或验收不合格导致上线延误的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

第五条 服务水平
（1）平台月度可用率不低于99.5%。计划维护应安排在凌晨0点至6点，并提前2日通知甲方。
（2）故障分级与响应：一级故障（全部或多家门店无法登录、排期或订单无法保存）乙方应在1小时内响应并持续处理直至恢复；二级故障（单一功能异常）2个工作日内解决；一般咨询当日答复。
（3）月度可用率低于约定值的，按差额档位减免当月服务费：低于约定值但不低于99%的减免5%，低于99%的减免10%，低于98%的减免20%。一级故障响应超时的，每次减免当月服务费1,000元。

第六条 数据
（1）甲方及其门店录入或上传至平台的客户资料、订单、排期、样片与成片等数据（“甲方数据”）归甲方所有。
（2）甲方同意，乙方可将甲方数据进行去标识化处理后，用于平台功能改进、算法训练及婚纱摄影行业经营分析报告的编制，该等使用在服务期满后仍可继续。
（3）乙方应采取访问控制、传输与存储加密、操作日志审计等安全措施保护甲方数据，平台部署于境内并通过网络安全等级保护第三级测评；发生数据泄露或丢失的，乙方应在12小时内通知甲方，并对因其原因造成的损失承担赔偿责任。
（4）服务期满或合同解除后30日内，乙方应向甲方完整导出全部甲方数据，并在甲方确认后删除平台中的甲方数据。

第七条 保密
双方对在合作中获悉的对方经营信息、客户信息及技术资料承担保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三个服务年度内继续有效。

第八条 知识产权
（1）“影档云”平台及其标准功能的知识产权归乙方。
（2）为甲方定制开发的总部报表、排期规则模板及对接程序归甲方所有，甲方可自由使用、修改，或许可第三方使用。

第九条 续期
服务期届满前30日双方均未书面提出不续期的，本合同自动续期一个服务年度，依此类推。续期时乙方有权调整服务费，每次上调幅度不超过上一服务年度服务费的8%，乙方应在届满前45日书面通知甲方新的价格。

第十条 责任限制
乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限；因乙方故意、重大过失或违反第六条、第七条造成的损失除外。

第十一条 分包
乙方不得将本合同项下的实施工作转包；确需分包部分工作的，应事先取得甲方书面同意。

第十二条 合同解除
（1）乙方严重违约，或连续两个月月度可用率低于99%，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已付未使用期间的服务费。
（2）甲方逾期付款超过60日，经乙方催告后仍不支付的，乙方有权暂停服务。

第十三条 法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交成都仲裁委员会仲裁。

第十四条 项目管理与培训
（1）项目管理与沟通：双方各指定一名项目负责人，负责日常联络与问题协调。实施期间每周召开一次项目例会，乙方应提交周报，载明进度、风险与需甲方配合事项；重大事项以书面形式确认。乙方更换项目负责人的，应提前十日书面通知甲方并取得甲方认可。
（2）培训与文档：乙方应为甲方编制培训计划，分批开展操作培训和管理员培训，培训结束后进行考核并提交培训记录；所有文档应提供中文版本，纸质版与电子版各一套。
（3）变更管理：任何一方提出需求或范围变更的，应以书面形式提出，乙方在五个工作日内评估对工期和费用的影响，经双方书面确认后方可实施；未经确认的变更不产生额外费用。
（4）税费与发票：因履行本合同发生的税费，由双方按照国家有关规定各自承担。乙方开具的发票应真实、合法，因发票不合规导致的损失由乙方承担。
（5）甲方配合：甲方应为乙方提供必要的办公场地、网络接入和系统访问权限，及时确认乙方提交的方案和文档，并指定专人对接；因甲方未及时配合导致的延误，相应期限顺延。

第十五条 不可抗力与通知
（1）不可抗力：因地震、台风、洪水、重大疫情等不能预见、不能避免且不能克服的事件导致一方不能履行合同的，受影响方应在事件发生后三日内通知对方，并在十五日内提供有关证明；双方根据影响程度协商延期履行或部分免除责任。
（2）通知与送达：本合同项下的通知应以书面形式按合同首页地址或双方确认的电子邮箱送达。一方变更联系方式的，应在变更后三日内书面通知对方，否则向原地址发出的通知视为已送达。
（3）廉洁条款：双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供礼金、礼品、宴请或其他不正当利益，一经查实，甲方有权取消乙方后续合作资格并追究相应责任。

第十六条 其他
本合同附件包括：报价单、需求确认书、服务水平说明。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：成都蜜约婚纱摄影连锁有限公司　　　乙方（盖章）：广州影档云科技有限公司
授权代表：__________　　　授权代表：__________
日期：2026年5月　日
"""

Z04 = """养老服务补贴管理信息系统年度运维服务合同

项目名称：养老服务补贴管理信息系统年度运维服务
采购方式：竞争性磋商　项目编号：YZCG-2026-C-0112
采购人（甲方）：宜州市老龄工作委员会办公室
供应商（乙方）：南京颐信软件服务有限公司

根据《中华人民共和国政府采购法》、本项目竞争性磋商文件及乙方响应文件、成交通知书，甲乙双方就养老服务补贴管理信息系统运维服务达成如下协议。

1. 服务范围与服务期
1.1 乙方为甲方现有养老服务补贴管理信息系统（含补贴申请受理、资格审核、发放管理、居家养老服务记录及统计分析子系统，以及与民政、社保、财政系统的数据接口）提供年度运维服务。
1.2 服务内容包括：日常监控与故障处理；每月一次巡检并提交巡检报告；数据库备份与恢复演练；补贴政策调整后的参数配置与报表调整；系统安全加固与漏洞修复；对区县经办人员的电话及现场支持。
1.3 服务期为一个服务年度，自2026年7月1日起至2027年6月30日止。

2. 服务费用与支付
2.1 服务费总额为人民币肆拾捌万陆仟元整（¥486,000），含驻场人员、远程支持、差旅及税费。
2.2 服务费按季度支付，每季度121,500元。每季度结束后，经甲方按第5条完成季度考核，乙方开具发票，甲方在15个工作日内支付当季服务费。
2.3 本合同不设预付款。

3. 人员配置
3.1 乙方派驻1名项目经理和2名运维工程师在甲方办公场所驻场，工作日8:30至17:30在岗；节假日安排值班。
3.2 驻场人员更换须提前10日书面征得甲方同意，新人员资历不得低于原人员。

4. 服务水平
4.1 系统月可用率应达到99.95%以上（经甲方批准的计划停机除外）。
4.2 故障分级：一级故障指系统整体不可用、补贴发放数据错误或无法生成发放清单；二级故障指单个子系统或接口不可用；三级故障指其他功能问题。
4.3 响应与处理时限：一级故障30分钟内响应、2小时内到达现场、6小时内恢复；二级故障1小时内响应、12小时内恢复；三级故障2个工作日内解决。
4.4 每月5日前乙方提交上月运维报告，载明可用率、故障清单、处理时长及整改措施。
4.5 乙方未达到上述服务水平的，应向甲方提交书面说明并限期整改，整改情况纳入季度考核。

5. 考核与验收
5.1 甲方每季度按《运维服务考核细则》对乙方进行考核，考核内容包括：服务水平达成情况、巡检与备份记录完整性、补贴政策调整按期完成情况、经办人员满意度抽样（不少于30个样本，满意率不低于90%）。考核得分80分以上为合格。
5.2 服务期满，甲方根据四个季度的考核结果及乙方提交的运维总结、系统文档更新、账号与密码移交清单组织终期验收，签署验收意见。

6. 数据安全
6.1 系统内的老年人身份信息、健康与经济状况、补贴发放记录等全部数据归甲方所有。乙方仅为提供运维服务而接触，不得以任何形式复制、留存或用于其他目的。
6.2 乙方人员操作生产数据库须经甲方审批，通过堡垒机进行并全程录屏审计；禁止将生产数据导出至个人终端或外部网络；测试须使用脱敏数据。
6.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，由乙方承担全部法律责任及赔偿责任。

7. 保密
乙方及其驻场人员对工作中接触的政府工作信息和个人信息负有保密义务，乙方应与驻场人员签订保密承诺书。保密义务不因合同终止而解除。

8. 知识产权
乙方在服务期内编写的配置脚本、报表模板、运维文档及对系统所作修改的成果，其知识产权归甲方所有。

9. 违约责任
9.1 补贴政策调整后，乙方应在甲方书面通知确定的期限内完成参数配置和报表调整；未按期完成的，每逾期一日，按服务费总额的万分之二向甲方支付违约金。
9.2 季度考核不合格的，甲方有权要求乙方更换驻场人员；连续两个季度考核不合格的，甲方有权解除合同。
9.3 甲方无正当理由逾期支付服务费的，应按中国人民银行同期贷款市场报价利率支付逾期利息。

10. 分包与转让
乙方不得将本合同项下的服务分包或转包给任何第三方，也不得转让本合同的权利义务。

11. 合同解除
乙方严重违反本合同约定，经甲方书面通知后10日内未纠正的，甲方有权解除合同，并按实际服务期间结算服务费。

12. 续期
本合同期满自动终止。甲方如需继续采购运维服务，应依法重新组织采购。

13. 法律适用与争议解决
本合同适用中华人民共和国法律。发生争议的，双方协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

14. 运维交接与文档
14.1 服务期开始后10日内，乙方应与原运维单位及甲方完成系统交接，核对服务器、数据库、账号权限及接口清单，形成交接记录。
14.2 服务期满前30日内，乙方应协助甲方或甲方指定的后续服务单位完成交接，移交全部运维文档、配置记录和账号清单，不得以任何理由拖延。
14.3 培训与文档：乙方应为甲方编制培训计划，分批开展操作培训和管理员培训，培训结束后进行考核并提交培训记录；所有文档应提供中文版本，纸质版与电子版各一套。
14.4 档案与资料：乙方应按甲方档案管理要求整理项目过程文件，包括会议纪要、测试记录、变更单和验收材料，在项目结束时移交甲方归档。
14.5 税费与发票：因履行本合同发生的税费，由双方按照国家有关规定各自承担。乙方开具的发票应真实、合法，因发票不合规导致的损失由乙方承担。
14.6 甲方配合：甲方应为乙方提供必要的办公场地、网络接入和系统访问权限，及时确认乙方提交的方案和文档，并指定专人对接；因甲方未及时配合导致的延误，相应期限顺延。

15. 不可抗力、通知与廉洁
15.1 不可抗力：因地震、台风、洪水、重大疫情等不能预见、不能避免且不能克服的事件导致一方不能履行合同的，受影响方应在事件发生后三日内通知对方，并在十五日内提供有关证明；双方根据影响程度协商延期履行或部分免除责任。
15.2 通知与送达：本合同项下的通知应以书面形式按合同首页地址或双方确认的电子邮箱送达。一方变更联系方式的，应在变更后三日内书面通知对方，否则向原地址发出的通知视为已送达。
15.3 廉洁条款：双方应遵守廉洁从业规定，乙方不得向甲方工作人员提供礼金、礼品、宴请或其他不正当利益，一经查实，甲方有权取消乙方后续合作资格并追究相应责任。
15.4 现场管理：乙方人员进入甲方场所应遵守甲方安全、保卫和卫生管理制度，服从现场管理人员的安排；乙方应为其人员办理必要的保险，乙方人员在履约中发生的人身伤害由乙方负责处理。

16. 其他
16.1 竞争性磋商文件、乙方响应文件及成交通知书为本合同组成部分。
16.2 本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：宜州市老龄工作委员会办公室　　　乙方（盖章）：南京颐信软件服务有限公司
授权代表：__________　　　授权代表：__________
签订日期：2026年6月　日
"""

Z05 = """# 食品质量追溯系统软件许可及开发合同

（汇源溯标准合同文本 V3.0）

合同编号：HYS-2026-0527

**甲方（采购方）**：湖北莲乡食品有限公司（藕粉生产企业）
地址：湖北省孝感市汉川市马口镇工业园

**乙方（供应方）**：武汉汇源溯信息技术有限公司
地址：武汉市东湖新技术开发区光谷大道77号

甲方拟对藕粉产品建立从莲藕收购、洗磨、沉淀、烘干、包装到经销出库的全过程追溯。乙方拥有“溯链通”食品追溯平台，并具备定制开发能力。双方本着平等互利的原则，按照乙方标准合同文本订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“溯链通”追溯平台软件许可（含生产批次管理、原料收购登记、一物一码赋码、经销商出入库、消费者扫码查询五个标准模块）。

1.2 乙方按甲方需求进行定制开发：藕粉生产工序采集界面、与甲方现有称重系统及金蝶ERP的接口、消费者查询小程序的品牌页面、经销商窜货预警报表。

1.3 乙方负责平台部署、基础数据配置及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | “溯链通”平台软件许可（单工厂、不限用户数） | 380,000 |
| 2 | 定制开发（工序采集、接口、小程序页面、预警报表） | 260,000 |
| 3 | 部署实施及培训 | 48,000 |
| | 合同总价 | 688,000 |

2.1 合同总价为人民币陆拾捌万捌仟元整（¥688,000），含增值税。

2.2 赋码设备、标签耗材、服务器及小程序认证费用由甲方自行承担，不在本合同价款内。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即人民币344,000元，乙方收款后启动项目。

3.2 系统上线后5个工作日内，甲方支付剩余50%，即人民币344,000元。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之二向乙方支付违约金，乙方并有权暂停开发和服务。

## 第四条 实施周期

4.1 乙方将根据项目进度尽力在收到首付款后75日内完成系统部署上线。

4.2 因甲方需求变更、资料提供不及时、现场条件不具备等原因导致延期的，工期相应顺延。

## 第五条 上线与验收

5.1 乙方完成部署后通知甲方上线，系统上线运行即视为甲方验收合格。

5.2 甲方在上线后发现的问题，按第七条维护服务处理，不影响验收结论及付款。

## 第六条 知识产权

6.1 “溯链通”平台及其全部模块的知识产权归乙方所有，甲方在许可范围内享有非独占、不可转让的使用权。

6.2 乙方为甲方定制开发的工序采集界面、接口程序、小程序页面、预警报表及相关源代码、文档，其知识产权均归乙方所有。甲方可在本合同许可范围内使用，不得自行修改、反编译或交由第三方维护。

## 第七条 售后维护

7.1 自系统上线之日起六个月内，乙方提供免费维护服务，包括缺陷修复和远程技术支持。

7.2 甲方报修后，乙方将在合理时间内尽快安排技术人员处理。

7.3 免费维护期满后，甲方如需继续获得维护服务，应按乙方当年公布的维护服务价格标准支付年度维护费。

## 第八条 数据

8.1 甲方在系统中录入的生产、收购、经销数据归甲方所有。

8.2 甲方同意乙方可将平台数据进行汇总和去标识化处理后，用于乙方产品优化、行业分析及向第三方提供食品追溯统计服务。

## 第九条 保密

双方对履行本合同过程中知悉的对方商业秘密负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定或政府部门要求披露的除外。保密期限自本合同签订之日起三年。

## 第十条 责任限制

10.1 乙方对甲方因使用本系统造成的间接损失、利润损失、商誉损失不承担责任。

10.2 乙方在本合同项下承担的全部赔偿责任，累计不超过合同总价的20%。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面通知后30日内仍未纠正的，守约方有权解除本合同。

11.2 合同因甲方原因解除的，甲方已付款项不予退还。

## 第十二条 甲方义务

12.1 甲方应指定项目联系人，及时提供藕粉生产工艺流程、原料收购台账格式、产品编码规则、经销商名录等资料，并对乙方提交的需求说明在三个工作日内确认。

12.2 甲方应自行采购并安装赋码设备、扫码枪、服务器及网络，保证其满足乙方提出的配置要求；因甲方设备或网络原因导致系统不能正常运行的，乙方不承担责任。

12.3 甲方应妥善保管系统账号和密码，因甲方人员操作不当造成的数据错误由甲方自行负责。

12.4 甲方应按乙方要求组织生产、仓储、销售等部门人员参加需求调研，并保证所提供的原料供应商、产品规格、包装规格及经销商资料真实、完整。因甲方资料不准确导致系统返工的，返工费用由甲方承担。

12.5 系统上线后，甲方应安排专人负责日常赋码、批次录入和数据核对工作，并按乙方操作手册使用系统。

## 第十三条 需求变更

13.1 系统需求以双方确认的需求说明书为准。需求说明书确认后，甲方提出新增功能、调整流程或增加接口的，乙方将评估工作量并报价，甲方同意报价并支付相应费用后乙方方予实施。

13.2 因需求变更增加的工作量，乙方有权相应顺延实施周期。

## 第十四条 系统运行环境

14.1 系统部署于甲方自备的服务器或甲方租用的云主机，操作系统、数据库及中间件的许可费用由甲方承担。

14.2 乙方提供的运行环境配置建议仅供参考，甲方自行负责服务器和网络的日常管理、病毒防护及备份。

14.3 乙方可通过远程方式进行部署、升级和问题处理，甲方应为乙方开通远程访问账号。

## 第十五条 通知

双方往来通知以书面或电子邮件形式发送至合同首页所载地址或双方确认的邮箱，发出之日起第三日视为送达。

## 第十六条 培训

乙方在系统上线前为甲方操作人员提供一次集中培训，培训人数不超过20人，培训地点在甲方工厂。培训后如甲方需要增加培训，按乙方报价另行收费。

## 第十七条 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致不能履行的，受影响一方不承担责任，但应及时通知对方。

## 第十八条 争议解决

因本合同发生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十九条 其他

19.1 本合同未尽事宜，双方可另行签订补充协议。

19.2 本合同附件包括：报价单、需求说明书、系统功能清单。附件与正文不一致的，以正文为准。

19.3 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：湖北莲乡食品有限公司　　　　乙方（盖章）：武汉汇源溯信息技术有限公司

授权代表：__________　　　　授权代表：__________

日期：2026年　月　日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. KLM-DF-2026-04
P:This Agreement is made between Shenzhen Dafen Qiyu Oil Painting Studio Co., Ltd., No. 36 Laowei Road, Dafen Village, Buji Street, Longgang District, Shenzhen, China ("Customer"), and Kalmar Canvas Systems AB, Södra Långgatan 21, 392 32 Kalmar, Sweden ("Vendor").
H:Recitals
P:A. Customer produces hand-painted reproductions and commissioned oil paintings for export and needs software to lay out canvases, plan stretcher sizes, split large commissions across painters and print registration guides.
P:B. Vendor publishes the CanvasPlan layout software and agrees to license it perpetually to Customer, to build a template library for Customer's catalogue and to install it, on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means CanvasPlan Studio edition 7 and the CanvasPlan Colour Calibration module, in object code, with their documentation and any updates supplied under this Agreement.
P:1.2 "Template Library" means the canvas templates, stretcher-size tables, catalogue mappings and print presets that Vendor creates for Customer under Article 2.2.
P:1.3 "Final Acceptance" means the signature by Customer of the acceptance certificate under Article 5.
P:1.4 "Customer Data" means images, orders, client names, sizes and any other data that Customer enters into or produces with the Software.
H:Article 2 Scope
P:2.1 Vendor grants Customer a perpetual, irrevocable, non-exclusive licence to install and use the Software on 24 named workstations at Customer's studios in Shenzhen, with the Colour Calibration module on 6 of them. Customer may move a licence to a replacement workstation at no charge.
P:2.2 Vendor shall build the Template Library covering at least 1,800 catalogue items supplied by Customer, including the standard European, American and Japanese canvas sizes and Customer's own gallery formats.
P:2.3 Vendor shall install the Software, configure network licensing on Customer's server, calibrate six monitors and two large-format printers, and train up to 30 painters and 4 administrators in Mandarin.
H:Article 3 Price
P:3.1 At Customer's request, all prices in this Agreement are stated and payable in Chinese yuan (CNY). The Contract Price is CNY 616,000, fixed, inclusive of VAT and of travel and withholding costs, itemised as follows:
TB:Item|Description|Qty|Amount (CNY)
TB:1|CanvasPlan Studio perpetual licence|24|444,000
TB:2|Colour Calibration module perpetual licence|6|54,000
TB:|Licence Subtotal||498,000
TB:3|Template Library development|1|86,000
TB:4|Installation, calibration and training|1|32,000
TB:|Contract Price||616,000
P:3.2 No other fee is payable for the scope in Article 2.
H:Article 4 Payment
P:4.1 Customer shall pay 20% of the Contract Price within 15 days after signature and receipt of Vendor's invoice.
P:4.2 Customer shall pay 45% of the Contract Price within 15 days after installation on all workstations is complete. Installation is not acceptance.
P:4.3 Customer shall pay the remaining 35% of the Contract Price within 15 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to Vendor's account against a valid invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 Vendor shall complete installation within 60 days after signature and shall be ready for acceptance testing within 90 days after signature.
P:5.2 Acceptance tests shall show that: (a) every catalogue item in the Template Library opens with the correct dimensions and a printed registration guide measures within 1 mm of the design; (b) a 3 x 4 metre commission can be split into panels for up to eight painters with matching seams; (c) calibrated monitors reach a Delta E below 2 against the reference chart; (d) the licence server serves all 24 seats at once; and (e) no Priority 1 defect remains open.
P:5.3 Customer shall run the tests with Vendor within 10 working days after Vendor's notice. If they pass, Customer signs the acceptance certificate. If they fail, Vendor fixes the defects and the tests are repeated.
P:5.4 Installation, use of the Software in production or any payment does not constitute acceptance.
H:Article 6 Warranty and Support
P:6.1 Vendor warrants that the Software and the Template Library will perform in accordance with the documentation and Article 5.2 for 24 months after Final Acceptance. During the warranty Vendor shall correct defects, supply all updates and new versions and provide support free of charge.
P:6.2 Defects are classified as Priority 1 (the Software cannot be started or the licence server fails, or layouts print at wrong sizes), Priority 2 (a function fails but a workaround exists) and Priority 3 (other). Vendor shall respond to a Priority 1 defect within 2 hours during Customer's working hours, by phone or remote session, and restore operation within one working day; Priority 2 within one working day; Priority 3 within five working days.
P:6.3 For each hour by which Vendor exceeds the Priority 1 response time, Vendor shall credit Customer CNY 600 against the next payment or the support fee.
P:6.4 After the warranty, Vendor shall offer annual support for the Software at 9% of the Licence Subtotal (CNY 44,820 per year). This fee is fixed for the first three support years after the warranty. Support is ordered year by year by Customer's purchase order and does not renew automatically.
H:Article 7 Customer Data and Security
P:7.1 Customer Data belongs to Customer. Vendor shall use Customer Data only to perform this Agreement and shall not keep, copy or use it for any other purpose.
P:7.2 The Software runs on Customer's premises. Vendor may access Customer's systems remotely only with Customer's approval for each session, through the connection Customer provides, and all sessions shall be recorded. Vendor shall not remove Customer Data from Customer's systems.
P:7.3 Vendor shall notify Customer within 24 hours after it becomes aware of any unauthorised access to Customer Data caused by Vendor or its staff, shall help Customer contain it and shall be liable for Customer's resulting losses.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of Vendor and its licensors. Customer receives the licences in Article 2.1.
P:8.2 The Template Library, including its source files, belongs to Customer on delivery. Customer may use, modify and have third parties modify it freely.
P:8.3 Vendor shall defend Customer against any claim that the Software or the Template Library infringes a third party's rights and shall pay the damages awarded.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information of the other party, including Customer's catalogue, client list and prices, and shall not disclose it to a third party without prior written consent. This obligation survives termination for three years.
H:Article 10 Delay and Liability
P:10.1 If Vendor is not ready for acceptance testing by the date in Article 5.1, Vendor shall pay delay damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 Vendor's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to liability under Articles 7, 8.3 and 9, to personal injury or to wilful misconduct.
H:Article 11 Subcontracting
P:Vendor shall not subcontract any part of the work without Customer's prior written consent. Vendor remains responsible for approved subcontractors.
H:Article 12 Termination
P:Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 20 days after notice, or if delay damages under Article 10.1 reach their maximum. Vendor shall then refund the amounts paid for the undelivered part.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Sweden, without regard to its conflict-of-laws rules.
P:13.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Rules of the Arbitration Institute of the Stockholm Chamber of Commerce. The seat of arbitration is Stockholm and the language is English.
H:Article 14 Project Management and Training
P:14.1 Each party shall name a project manager within 7 days after signature. The project managers meet weekly, by video or on site, to review progress, risks and open questions, and Vendor keeps minutes that both project managers confirm by e-mail.
P:14.2 Vendor shall deliver a training plan before installation. Training is given in Mandarin at Customer's Dafen studios in sessions of no more than 12 people, with hands-on exercises on Customer's own catalogue items. Vendor shall supply printed quick-reference cards for each workstation.
P:14.3 Changes to the scope are agreed in writing. Vendor shall state the effect of a requested change on price and schedule within 5 working days; no change is binding until both project managers sign it.
H:Article 15 Force Majeure and Notices
P:15.1 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided it notifies the other party promptly and resumes performance as soon as possible.
P:15.2 Notices under this Agreement shall be in writing in English or Chinese and sent by courier or e-mail to the addresses above, or to any address a party later notifies.
H:Article 16 General
P:16.1 This Agreement, with Annex 1 (workstation list) and Annex 2 (acceptance test plan), is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.
P:16.2 This Agreement is signed in two English originals, one for each party, and takes effect on signature.
P:For Customer: ____________________ Date: __________
P:For Vendor: ____________________ Date: __________
"""

E02 = """# Order Form and General Terms — Ticketing Cloud Service

Order Form No. FJ-SQ-2026-112

## Part A — Order Form

**Customer:** Jiangxi Sanqingshan Ropeway Operation Co., Ltd., Nanqing Scenic Area, Yushan County, Shangrao, Jiangxi, China.

**Provider:** Fjordgate Ticketing AS, Nedre Langgate 30, 3126 Tønsberg, Norway.

This Order Form, together with the General Terms in Part B, forms the agreement between Customer and Provider for the FjordGate ticketing cloud service at the Mount Sanqing cable-car lines. If Part A and Part B conflict, Part A prevails.

### A1. Services

A1.1 Online and on-site ticket sales for the Jinsha and Waishuangxi cable-car lines, dynamic capacity and time-slot booking, QR and ID-card gate validation at eight stations, group and travel-agency accounts, refunds, and daily sales and passenger-flow reports.

A1.2 Set-up: configuration of products, prices and time slots; integration with Customer's twelve gate controllers, the scenic-area ticketing office system and WeChat Pay and Alipay; migration of open travel-agency contracts; training of 40 staff.

### A2. Term

A2.1 The Subscription Term is three Subscription Years starting on the Subscription Start Date, which is the date of Go-Live Acceptance under B3.

A2.2 The agreement does not renew automatically. Any further period requires a new Order Form signed by both parties.

### A3. Fees

At Customer's request all fees are in Chinese yuan (CNY), inclusive of VAT.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year | 168,000 |
| Subscription Fees for the Subscription Term | 3 Subscription Years | 504,000 |
| Set-up Fee | one-time | 42,000 |
| Total Contract Value | | 546,000 |

A3.1 Transaction charges of payment providers are borne by Customer directly and are not part of the fees.

### A4. Invoicing and Payment

A4.1 The Set-up Fee is invoiced on Go-Live Acceptance.

A4.2 Each Subscription Fee is invoiced at the start of the Subscription Year to which it relates.

A4.3 Customer pays within 30 days after receiving a correct invoice. Nothing is payable before Go-Live Acceptance.

### A5. Go-Live Date

Provider shall make the service ready for Go-Live Acceptance within 75 days after signature of this Order Form. For each day of delay Provider shall pay Customer CNY 500 as delay damages, up to CNY 30,000 in total.

## Part B — General Terms

### B1. Definitions

"Customer Data" means ticket, booking, payment-reference, visitor identity and passenger-flow data entered into or generated by the service for Customer. "Configurations" means the products, price rules, time-slot rules and report layouts set up for Customer.

### B2. Provision of the Service

B2.1 Provider shall provide the service in accordance with the documentation and the service levels in B4. The service is hosted in data centres in mainland China operated by Provider's hosting partner.

B2.2 Provider may improve the service from time to time, provided that functions used by Customer are not materially reduced.

### B3. Go-Live Acceptance

B3.1 Before go-live Provider shall demonstrate in Customer's presence that: (a) all ticket products and prices sell correctly online and at the counters; (b) all twelve gates validate QR codes and ID cards in under one second; (c) payments reconcile with WeChat Pay and Alipay settlement files for three consecutive test days; (d) 3,000 bookings per minute can be processed without error.

B3.2 When the tests pass, Customer signs a Go-Live Acceptance certificate. Operation of the service before that signature is a trial and does not count as acceptance.

### B4. Service Levels

B4.1 Availability of the booking and gate-validation service shall be at least 99.95% in each calendar month, excluding maintenance announced seven days in advance and carried out between 23:00 and 06:00.

B4.2 Incidents: Priority 1 (ticket sales or gate validation unavailable at any station) — response within 30 minutes, around the clock; Priority 2 (a function degraded) — response within 2 hours during operating hours; Priority 3 — next working day.

B4.3 If availability falls below the committed level, Customer receives a service credit of 5% of the monthly share of the Subscription Fee for each started 0.1 percentage point of shortfall, up to half of that monthly share. Each late Priority 1 response earns a credit of CNY 1,000. Credits are deducted from the next invoice.

### B5. Customer Data and Security

B5.1 Customer Data belongs to Customer. Provider processes it only to provide the service and on Customer's instructions, and does not use it for any other purpose.

B5.2 Provider shall keep Customer Data in mainland China, protect it with encryption in transit and at rest, role-based access and logging, maintain ISO/IEC 27001 certification for the hosting environment and comply with the PRC Personal Information Protection Law and Data Security Law.

B5.3 Provider shall notify Customer of any security incident affecting Customer Data within 24 hours, take remedial measures and bear the losses and costs the incident causes to Customer where Provider or its subcontractors are at fault.

B5.4 On expiry or termination Provider returns Customer Data in CSV format within 30 days and then deletes it.

### B6. Intellectual Property

Provider keeps all rights in the service and its software. Configurations belong to Customer, and Customer may use, copy and modify them and let a successor provider use them.

### B7. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this agreement and disclose it only to staff and advisers who need to know it. This obligation survives for three years after the end of the agreement.

### B8. Subcontractors

Provider may use subcontractors, including its hosting partner and local installation partners, to perform the agreement. Provider shall inform Customer in writing of any new subcontractor 30 days before it starts work. Provider remains responsible for its subcontractors.

### B9. Liability

B9.1 Neither party is liable for indirect or consequential loss.

B9.2 Provider's total liability arising out of or in connection with this agreement in any calendar year is limited to the Subscription Fees paid by Customer in the six months preceding the event giving rise to the claim. The limit does not apply to breach of B5, B7, fraud or personal injury.

### B10. Termination

B10.1 Either party may terminate the agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

B10.2 Customer may also terminate if availability falls below 99% in two consecutive months. Provider then refunds prepaid fees for the period after termination.

### B11. Governing Law and Disputes

B11.1 This agreement is governed by the laws of Norway.

B11.2 The courts of Oslo, Norway, have exclusive jurisdiction over any dispute arising out of or in connection with this agreement.

### B12. Support and Account Management

B12.1 Provider shall name an account manager and a Mandarin-speaking support team reachable by phone, e-mail and a ticket portal. Priority 1 incidents may be reported by phone around the clock.

B12.2 Provider shall send Customer a monthly service report showing availability, incidents, response times, credits due and planned maintenance.

B12.3 Before each peak season (Chinese New Year, the May Day holiday and the National Day holiday) Provider shall run a load test with Customer, review capacity and keep an engineer on standby during the peak days.

B12.4 Provider shall give Customer 60 days' notice of any change to the service that requires work on Customer's side, such as new gate firmware or a new payment interface version.

### B13. Force Majeure

Neither party is liable for a failure to perform caused by events beyond its reasonable control, including natural disasters, epidemics, failures of public networks or acts of government, provided it notifies the other party promptly and resumes performance as soon as possible. Service credits do not apply during such an event.

### B14. Anti-Bribery

Neither party shall offer or give any gift, payment or other benefit to the staff of the other party to obtain or keep business under this agreement.

### B16. Records, Audit and Exit

B16.1 Provider shall keep complete records of transactions, refunds, gate validations and system changes for the Subscription Term and make them available to Customer and its auditors on request, including for the annual audit of the scenic-area ticket revenue by the local finance and tourism authorities.

B16.2 Customer may, once in each Subscription Year and on 20 days' notice, review Provider's security controls for the service, either by questionnaire or by a remote review with Provider's security officer. Provider shall answer reasonable questions and share summaries of its latest ISO/IEC 27001 surveillance audit.

B16.3 At the end of the Subscription Term, or on earlier termination, Provider shall support the transfer to Customer or a new provider for up to 60 days. This support includes export of Customer Data and Configurations in documented formats, a handover meeting with Customer's new provider, and continued operation of the gates in read-only validation mode until the new system goes live, at no extra charge.

B16.4 Provider shall maintain professional liability and cyber insurance with reputable insurers throughout the Subscription Term and provide certificates on request.

### B15. General

B15.1 Notices must be in writing and sent to the addresses in Part A by courier or e-mail with confirmation.

B15.2 Neither party may assign the agreement without the other party's written consent.

B15.3 This agreement is executed in English. Each party has received one signed copy.

**Signed for Customer:** ____________________ Date: __________

**Signed for Provider:** ____________________ Date: __________
"""

E03 = """T:Supply and Installation Contract — Greenhouse Sensor Network
P:Contract No. HMG-2026-PS-09
P:Buyer: Hami Tianyuan Melon Agriculture Co., Ltd., Huayuan Township, Yizhou District, Hami, Xinjiang Uygur Autonomous Region, China.
P:Supplier: Võru Agrisense OÜ, Jüri 19A, 65605 Võru, Estonia.
P:The Buyer grows Hami melons in 64 solar greenhouses and wishes to monitor soil moisture, air temperature and humidity, light and CO2 in each greenhouse and to control drip irrigation and roof vents from a central platform. The Supplier designs and installs such networks. This Contract is issued on the Buyer's standard form.
H:Section 1 Definitions and Scope
P:1.1 "Equipment" means the sensors, gateways, controllers, weather station and server listed in the price table. "Platform Licence" means the perpetual licence to the Supplier's GreenLink monitoring software for one farm site.
P:1.2 "Project Deliverables" means the network design, the dashboards, alarm rules and irrigation schedules configured for the Buyer, and all drawings and manuals.
P:1.3 The Supplier shall design, supply, install, configure and commission the network in all 64 greenhouses, connect it to the Buyer's farm server and train the Buyer's staff.
H:Section 2 Contract Price
P:2.1 As requested by the Buyer, the Contract Price is stated in Chinese yuan (CNY). It is CNY 1,352,000, fixed, including VAT, freight to Hami, customs clearance, installation and training, itemised below.
TB:No.|Item|Quantity|Amount (CNY)
TB:1|Soil moisture and temperature probes|256|307,200
TB:2|Air temperature, humidity and light sensors|128|179,200
TB:3|CO2 sensors|64|112,000
TB:4|LoRa gateways and irrigation/vent controllers|72|338,400
TB:5|Weather station and farm server|1 set|95,200
TB:6|GreenLink Platform Licence (perpetual)|1|152,000
TB:|Equipment and Licence Subtotal||1,184,000
TB:7|Installation, configuration and commissioning||146,000
TB:8|Training||22,000
TB:|Contract Price||1,352,000
H:Section 3 Payment
P:3.1 The Buyer pays 10% of the Contract Price within 20 days after signature, against an advance-payment guarantee from a bank acceptable to the Buyer.
P:3.2 The Buyer pays 55% of the Contract Price within 20 days after all Equipment is delivered and installed. Delivery and installation do not amount to acceptance.
P:3.3 The Buyer pays the remaining 35% of the Contract Price within 20 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Schedule
P:4.1 The Supplier shall deliver all Equipment to the farm within 70 days after signature and complete installation before the spring planting date notified by the Buyer, which shall not be earlier than 110 days after signature.
P:4.2 The Supplier shall plan the work so that no greenhouse is without irrigation for more than six hours.
H:Section 5 Acceptance
P:5.1 After commissioning the network shall run for 21 consecutive days. Final Acceptance requires that: (a) at least 98.5% of scheduled sensor readings from every greenhouse arrive at the platform; (b) probe readings deviate from the Buyer's reference instruments by no more than 2% moisture and 0.5 °C; (c) irrigation and vent commands execute within 10 seconds; (d) alarms for frost, overheating and dry soil reach the duty phone within one minute; and (e) all Project Deliverables have been handed over.
P:5.2 If the criteria are met, the Buyer signs the Final Acceptance certificate within 7 days. Otherwise the Supplier corrects the defects and the run is repeated.
P:5.3 Use of the network during the run or during the growing season is not acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the Equipment and the Platform Licence for 36 months after Final Acceptance. During the warranty the Supplier repairs or replaces defective items, supplies software updates and provides support free of charge, including parts, freight and travel.
P:6.2 Severity 1 faults (the platform or a gateway is down, or irrigation control fails in any greenhouse) shall receive a remote response within 1 hour at any time and an engineer on site within 24 hours; Severity 2 faults within 8 hours remotely and 3 days on site.
P:6.3 For each hour of delay in the Severity 1 response or on-site attendance, the Supplier pays the Buyer CNY 400, deducted from the next payment or from the performance security.
P:6.4 The Supplier keeps a stock of spare probes and gateways in Hami or Urumqi during the warranty.
H:Section 7 Post-Warranty Support
P:7.1 After the warranty the Supplier shall, if the Buyer orders it, provide annual support at 7% of the Equipment and Licence Subtotal, i.e. CNY 82,880 per year, fixed for the first three years after the warranty.
P:7.2 Support is ordered each year by the Buyer's written order and does not renew automatically.
H:Section 8 Data
P:8.1 All data collected by the network, including sensor readings, irrigation records and yields, belongs to the Buyer and is stored on the Buyer's farm server in Hami.
P:8.2 The Supplier shall use the data only to perform this Contract. Remote access by the Supplier requires the Buyer's approval for each session through the Buyer's VPN, with individual accounts and logs. The Supplier shall apply the security measures in Annex 3, including encrypted radio links and changed default passwords.
P:8.3 The Supplier shall report any data leak or unauthorised access caused by it within 12 hours and shall be liable for the Buyer's resulting losses.
H:Section 9 Confidentiality
P:The Supplier shall keep confidential the Buyer's cultivation methods, yields, prices and any other information received under this Contract, and shall not disclose it to third parties without the Buyer's written consent, during the Contract and for three years after it ends.
H:Section 10 Intellectual Property
P:10.1 The Project Deliverables belong to the Buyer. The Buyer may use, modify and license them freely.
P:10.2 The GreenLink software and device firmware remain the property of the Supplier or its licensors, and the Buyer holds a perpetual licence to use them.
H:Section 11 Delay Damages and Liability
P:11.1 If the Supplier fails to complete installation by the date in Section 4.1, it shall pay delay damages of 0.08% of the Contract Price for each day of delay, up to 8% of the Contract Price.
P:11.2 The Supplier's total liability under this Contract shall not exceed twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9.
H:Section 12 Subcontracting
P:The Supplier may not subcontract any part of the work without the Buyer's prior written consent. Local trenching and cabling contractors proposed by the Supplier are subject to the same approval.
H:Section 13 Termination
P:The Buyer may terminate this Contract by written notice if the Supplier is in material breach and does not cure it within 15 days after notice, or if delay damages reach their limit.
H:Section 14 Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Urumqi Arbitration Commission for arbitration in Urumqi.
H:Section 15 Site Rules, Training and Project Management
P:15.1 The Supplier's staff shall follow the Buyer's farm safety and hygiene rules, wear protective clothing in greenhouses, and not enter greenhouses under pesticide restriction. The Supplier insures its staff and equipment until delivery.
P:15.2 The Supplier shall train up to 20 of the Buyer's technicians and greenhouse managers in Mandarin and Uygur-language sessions at the farm, covering sensor replacement, calibration checks, alarm handling and irrigation scheduling, and shall provide illustrated manuals.
P:15.3 Each party appoints a project manager. The Supplier reports progress weekly in writing, and both project managers meet on site at least every two weeks during installation.
P:15.4 Any change to the scope, price or schedule must be agreed in writing by both parties before it is carried out.
H:Section 16 Documentation, Spare Parts and Insurance
P:16.1 With each delivery the Supplier shall provide packing lists, certificates of origin and conformity, radio-equipment approvals valid in China, and the calibration certificates of all probes.
P:16.2 At Final Acceptance the Supplier hands over as-built drawings showing the position of every sensor, gateway and controller, the network design, the alarm and irrigation settings, administrator passwords in a sealed envelope, and operating and maintenance manuals in Chinese.
P:16.3 The Supplier shall keep spare parts for the Equipment available for purchase at its published prices for at least eight years after Final Acceptance, and shall give the Buyer six months' notice before any part is discontinued, together with a compatible replacement.
P:16.4 Until delivery at the farm, the Supplier bears the risk of loss of or damage to the Equipment and insures it for its full replacement value. The Supplier also keeps third-party liability insurance for its work at the farm.
H:Section 17 Force Majeure and Notices
P:17.1 A party prevented from performing by an event beyond its reasonable control, including sandstorms, floods or acts of government, shall notify the other party within 5 days and take reasonable steps to limit the effects. Time for performance is extended accordingly.
P:17.2 Notices are given in writing to the addresses above by courier or e-mail.
H:Section 18 Miscellaneous
P:This Contract is made in English and Chinese in four originals; both versions have equal effect. Annex 1: equipment specifications. Annex 2: installation plan. Annex 3: security measures.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed OT Backup Services Agreement

**Agreement reference:** KDB-SX-2026-031

**Customer:** Zhejiang Kuaiji Shan Yellow Wine Brewery Co., Ltd., No. 8 Jianhu Road, Yuecheng District, Shaoxing, Zhejiang, China.

**Provider:** Kolding Data Backup ApS, Dieselvej 12, 6000 Kolding, Denmark, acting through its Hangzhou service office.

**Background.** The Customer runs fermentation, pressing, decoction and bottling lines controlled by PLCs, SCADA servers and engineering workstations. It wants those systems backed up, kept restorable and tested by a specialist. The Provider offers a managed backup service for operational technology (OT).

## 1. Definitions

1.1 **Protected Systems** means the 14 SCADA and historian servers, 22 engineering workstations and 63 PLC and HMI projects listed in Schedule 1.

1.2 **Backup Data** means all images, project files, configurations, recipes and historian data copied from the Protected Systems.

1.3 **Service Term** means three Subscription Years from the Service Start Date.

1.4 **Service Acceptance** means the Customer's written confirmation under clause 4.

## 2. Services

2.1 The Provider shall install backup appliances in the Customer's OT network at the Shaoxing brewery, with an encrypted copy at the Customer's Keqiao warehouse site.

2.2 The Provider shall back up every SCADA and historian server nightly, every engineering workstation weekly, and every PLC and HMI project on each change and at least monthly.

2.3 The Provider shall perform a restore test of at least four Protected Systems each month and a full restore exercise of one production line each quarter, in a maintenance window agreed with the Customer.

2.4 The Provider shall monitor backup jobs around the clock and report monthly on job success, restore tests and open incidents.

## 3. Charges

3.1 At the Customer's request, the charges are in Chinese yuan (CNY). They are set out in Schedule 3. The Total Contract Value is CNY 1,460,000.

3.2 The Monthly Service Charge is invoiced quarterly in arrears. The Onboarding Charge is invoiced after Service Acceptance. No charge is payable in advance.

3.3 The Customer pays each correct invoice within 30 days.

## 4. Onboarding and Service Acceptance

4.1 The Provider shall complete onboarding within 60 days after signature: appliances installed, all Protected Systems enrolled, and a first full backup of each completed.

4.2 Service Acceptance requires that: (a) every Protected System in Schedule 1 has a complete, verified backup; (b) a bare-metal restore of two SCADA servers and one engineering workstation onto spare hardware succeeds within the recovery times in Schedule 2; (c) PLC project restores are confirmed on two lines by the Customer's automation engineers; and (d) the runbooks are delivered.

4.3 The Customer signs the Service Acceptance certificate within 5 working days after the tests pass. The Service Start Date is the date of that signature. Running backups before Service Acceptance does not count as acceptance.

4.4 If onboarding is not complete by the date in clause 4.1, the Provider shall pay delay damages of CNY 1,100 for each day of delay, up to CNY 60,000.

## 5. Service Levels

5.1 The backup management platform shall be available 99.95% of each month.

5.2 Nightly and weekly backup jobs shall succeed for at least 99% of Protected Systems each month; failed jobs are rerun within the next maintenance window.

5.3 Incidents are classified and answered as set out in Schedule 2.

5.4 If a service level is missed, the Provider grants the service credits in Schedule 2, deducted from the next invoice.

## 6. Backup Data and Security

6.1 Backup Data belongs to the Customer. The Provider uses it only to provide the services and shall not copy it outside the Customer's sites.

6.2 The Provider shall encrypt Backup Data at rest and in transit, keep the appliances on a segregated network segment, use individual named accounts with multi-factor authentication, and access the OT network only through the Customer's jump server with session recording.

6.3 The Provider shall notify the Customer within 6 hours of any suspected loss, corruption or unauthorised access to Backup Data, take immediate measures to contain it, and compensate the Customer for losses caused by the Provider's failure to meet this clause 6.

6.4 At the end of the Service Term the Provider hands over all Backup Data and securely wipes the appliances in the Customer's presence.

## 7. Intellectual Property

7.1 The Provider keeps all rights in its backup software and tools.

7.2 Runbooks, restore scripts and system documentation prepared for the Customer belong to the Customer, who may use and modify them and give them to another provider.

## 8. Personnel and Subcontracting

8.1 The Provider shall assign a named service manager and at least two engineers familiar with the Customer's control systems.

8.2 The Provider shall not subcontract any part of the services without the Customer's prior written consent.

## 9. Liability

9.1 The Provider's total liability under this Agreement is limited to 150% of the Total Contract Value.

9.2 The limit does not apply to breach of clause 6, personal injury or wilful misconduct.

## 10. Term and End of Agreement

10.1 This Agreement runs for the Service Term and then expires. It does not renew automatically; any extension requires a written amendment signed by both parties.

10.2 Neither party may terminate this Agreement before the end of the Service Term. If the Provider fails to perform, the Customer's remedies are the service credits, the delay damages and compensation for its losses under clauses 4.4, 5.4, 6.3 and 9.

10.3 On expiry the Provider supports the transition to the Customer or a new provider for up to 30 days at the rates in Schedule 3.

## 11. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shaoxing Arbitration Commission for arbitration in Shaoxing.

## 12. Governance and Reporting

12.1 Each party names a service manager. The service managers meet monthly to review the monthly report, open incidents, planned changes to the Protected Systems and the restore-test calendar.

12.2 The Customer shall inform the Provider at least 10 working days before adding, replacing or retiring a Protected System. Changes to Schedule 1 are agreed in writing, and the charges are adjusted only by written amendment.

12.3 The Provider's staff on site shall follow the Customer's food-safety, hygiene and plant safety rules and the permit-to-work procedure for the production areas.

## 13. Records, Reviews and Handover

13.1 The Provider keeps logs of every backup job, restore test and access session for the Service Term and makes them available to the Customer and its auditors, including the auditors of the Customer's food-safety and industrial-control security certifications.

13.2 The Customer may review the Provider's backup operations twice in each Subscription Year on 10 working days' notice, on site or by remote session. The Provider shall give reasonable help and correct any gaps found within an agreed period.

13.3 Before the end of the Service Term the Provider shall prepare a handover package with the latest verified backup of every Protected System, the runbooks, the restore-test history and the appliance configuration, and shall walk the Customer's automation team through a full restore of one line.

13.4 The Provider keeps professional liability insurance covering its work in industrial environments and shows the certificate on request.

## 14. Force Majeure and Notices

14.1 A party is not liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, if it notifies the other party promptly and does its best to limit the effects. Service levels are suspended for the duration of the event.

14.2 Notices shall be in writing and sent to the addresses above by courier or e-mail.

## Schedule 1 — Protected Systems

Fermentation hall: 4 SCADA servers, 6 workstations, 18 PLC projects. Pressing and decoction: 3 servers, 5 workstations, 16 PLC projects. Bottling lines 1 to 3: 5 servers, 8 workstations, 24 PLC and HMI projects. Historian and utilities: 2 servers, 3 workstations, 5 PLC projects.

## Schedule 2 — Priorities, Recovery Times and Credits

| Priority | Example | Response | Recovery target | Credit if missed |
|---|---|---|---|---|
| P1 | A production line cannot be restored, or backups fail for a whole area | 30 minutes, 24x7 | server restore within 6 hours | CNY 2,000 per hour late |
| P2 | Single system backup failing on two consecutive nights | 2 hours | next maintenance window | CNY 500 per day late |
| P3 | Reporting or portal issue | next working day | 5 working days | none |

Availability below 99.95% in a month: credit of 5% of that month's Monthly Service Charge for each started 0.1 percentage point of shortfall.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | per month, 36 months | 38,500 |
| Monthly Service Charges for the Service Term | 36 x 38,500 | 1,386,000 |
| Onboarding Charge | one-time | 74,000 |
| Total Contract Value | | 1,460,000 |
| Transition support after expiry | per engineer-day | 3,800 |

**For the Customer:** ____________________ **For the Provider:** ____________________
"""

E05 = """API SUBSCRIPTION AGREEMENT
TOUR-GUIDE PERMIT VERIFICATION SERVICE

Agreement No. NK-LX-2026-07

BETWEEN
Lhasa Xueyu Travel Network Technology Co., Ltd., Liuwu New District, Lhasa, Tibet Autonomous Region, China ("Customer"); and
Nikšić Verify d.o.o., Njegoševa 14, 81400 Nikšić, Montenegro ("Vendor").

BACKGROUND
Customer operates an online platform on which travellers book guided tours in Tibet. Before a guide is assigned to a booking, Customer must check that the guide holds a valid tour-guide permit and the required area endorsements. Vendor operates an API that checks permit numbers, names and photographs against licensed data sources and returns a verification result. Customer wishes to subscribe to that API.

1. DEFINITIONS
1.1 "API" means Vendor's permit verification interface, its sandbox and its documentation.
1.2 "Subscription Year" means each period of consecutive months starting on the Service Start Date or on an anniversary of it.
1.3 "Service Start Date" means the date on which Customer signs the Go-Live certificate under clause 4.
1.4 "Customer Data" means guide records, booking references, query parameters, photographs and results submitted to or returned by the API for Customer.
1.5 "Integration Adapter" means the software Vendor writes to connect the API to Customer's guide-dispatch system.

2. SERVICES
2.1 Vendor shall provide Customer with access to the API for up to 900,000 verification calls per Subscription Year, real-time results in under 800 milliseconds for 95% of calls, a nightly batch re-check of all active guides and a web console for Customer's compliance staff.
2.2 Vendor shall build the Integration Adapter, configure alerts for expiring permits and train Customer's staff.
2.3 The initial term is two Subscription Years.

3. FEES AND PAYMENT
3.1 At Customer's request, all fees are stated and paid in Chinese yuan (CNY). The fees are set out in the Schedule. The Total Contract Value is CNY 530,000.
3.2 Within 10 days after signature of this Agreement, Vendor invoices the Onboarding Fee together with the Subscription Fee for the first Subscription Year, a total of CNY 294,000. Customer pays that invoice within 15 days after receiving it, before onboarding starts.
3.3 The Subscription Fee for the second Subscription Year is invoiced 30 days before that Subscription Year starts.
3.4 Calls beyond the annual allowance are charged at the overage rate in the Schedule, invoiced quarterly in arrears.

4. ONBOARDING AND GO-LIVE
4.1 Vendor shall make the API and the Integration Adapter ready for Go-Live testing within 45 days after receipt of the first payment.
4.2 Go-Live testing shall show that: (a) 2,000 test records supplied by Customer, including expired, suspended and forged permits, are classified correctly; (b) the Integration Adapter blocks assignment of a guide whose permit fails; (c) response times meet clause 2.1 under a load of 50 calls per second; and (d) the console and alerts work for all of Customer's compliance users.
4.3 If the tests pass, Customer signs the Go-Live certificate. Use of the API in production before that signature is a trial only.
4.4 If Vendor is not ready for Go-Live testing by the date in clause 4.1, Vendor shall pay Customer delay damages of 0.02% of the Total Contract Value for each day of delay.

5. SERVICE LEVELS
5.1 The API shall be available at least 99.95% of each calendar month, measured by Vendor's monitoring at one-minute intervals and excluding maintenance notified five days in advance.
5.2 Priority 1 incidents (the API is unavailable or returns wrong results) shall be responded to within 1 hour at any time and resolved or worked around within 6 hours. Priority 2 incidents shall be responded to within 8 hours.
5.3 If availability falls short, Customer receives a credit of 10% of the monthly share of the Subscription Fee for each started 0.1 percentage point of shortfall. Each late Priority 1 response gives a further credit of CNY 800.

6. CUSTOMER DATA AND SECURITY
6.1 Customer Data belongs to Customer. Vendor shall use it only to provide the API to Customer and shall not sell, share or reuse it for any other purpose.
6.2 Queries from Customer are processed on servers in mainland China operated for Vendor by a licensed local cloud provider. Vendor shall encrypt Customer Data in transit and at rest, restrict access to named staff, keep query logs for 90 days only and delete photographs once a check is complete.
6.3 Vendor shall notify Customer of any security incident affecting Customer Data within 24 hours, cooperate with Customer and the authorities, and bear the losses it causes.

7. CONFIDENTIALITY
Each party shall keep secret the other party's confidential information, including Customer's booking volumes and guide lists and Vendor's technical documentation, and shall use it only for this Agreement. This clause survives termination for three years.

8. INTELLECTUAL PROPERTY
8.1 Vendor keeps all rights in the API and its underlying software.
8.2 The Integration Adapter, including its source code, belongs to Customer, who may use, modify and license it freely.

9. RENEWAL
9.1 At the end of the initial term this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives notice of non-renewal at least 60 days before the renewal date.
9.2 Vendor may increase the Subscription Fee for any renewal period by up to 9% over the fee for the preceding Subscription Year by notice given 75 days before the renewal date.

10. LIABILITY
10.1 Neither party is liable for loss of profit or indirect loss.
10.2 Vendor's total liability under this Agreement is limited to 150% of the Total Contract Value, except for breach of clauses 6 and 7 and for wilful misconduct.

11. SUBCONTRACTING
Vendor may not subcontract the service or any part of it, other than to the hosting provider named in the Schedule, without Customer's prior written consent.

12. TERMINATION
12.1 Customer may terminate this Agreement by written notice if Vendor commits a material breach and does not remedy it within 15 days after notice.
12.2 On termination Vendor refunds any fees paid for the period after termination and returns Customer Data.

13. GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Lhasa Arbitration Commission for arbitration in Lhasa.

14. PROJECT CONTACTS AND CHANGES
14.1 Each party names a project contact. During onboarding the contacts meet weekly by video conference, and Vendor sends a written status report after each meeting.
14.2 Customer shall provide test records, access to its dispatch system sandbox and the technical contacts needed for integration. Time for Vendor's performance is extended by any delay caused by Customer.
14.3 Changes to the scope of the API or the Integration Adapter are agreed in writing, with any effect on fees and dates stated before the change is carried out.

15. FORCE MAJEURE AND NOTICES
15.1 Neither party is liable for a failure caused by events beyond its reasonable control, such as natural disasters, epidemics, failures of public networks or acts of government, provided it notifies the other party promptly and resumes performance as soon as possible.
15.2 Notices are given in writing to the addresses above, by courier or by e-mail with confirmation of receipt.

16. ANTI-BRIBERY AND COMPLIANCE
16.1 Neither party shall offer or give any gift, payment or other benefit to the other party's staff to obtain or keep business.
16.2 Vendor shall comply with the laws of the People's Republic of China that apply to cross-border data transfers and to the verification of tour-guide permits.

17. RECORDS, AUDIT AND EXIT
17.1 Vendor shall keep a record of every verification call made for Customer, with its time, result and data source, for the retention period set out in clause 6.2, and shall provide extracts on request so that Customer can answer questions from the tourism authorities about a guide assignment.
17.2 Customer may, once in each Subscription Year and on 20 days' notice, review Vendor's controls for the API by questionnaire or remote session. Vendor shall answer reasonable questions, including on the accuracy of its data sources, the frequency of their updates and its handling of disputed results.
17.3 If a guide disputes a negative result, Vendor shall re-check the permit manually within 2 working days and confirm or correct the result in writing.
17.4 At the end of this Agreement Vendor shall continue to answer calls for up to 30 days at the current fee while Customer changes provider, and shall hand over the Integration Adapter source code and its documentation.

18. GENERAL
18.1 This Agreement, with its Schedule, is the entire agreement of the parties. Changes must be in writing and signed by both parties.
18.2 Amendments take effect only when signed by both parties.

SCHEDULE — FEES
Subscription Fee, per Subscription Year (900,000 calls included): CNY 236,000
Subscription Fees for the initial term, two Subscription Years: CNY 472,000
Onboarding Fee, one-time (Integration Adapter, configuration, training): CNY 58,000
Total Contract Value: CNY 530,000
Overage: CNY 0.35 per call beyond the annual allowance
Hosting provider: Tibet Snowland Cloud Computing Co., Ltd., Lhasa

SIGNED for Customer: ____________________   Date: __________
SIGNED for Vendor: ____________________   Date: __________
"""

TARGETS = {
    "z01": ("h354z01_agri_bureau_animal_disease_monitoring_platform", "pdf", "zh", "software", Z01),
    "z02": ("h354z02_wpc_flooring_extrusion_line_controls", "docx", "zh", "hardware", Z02),
    "z03": ("h354z03_bridal_photo_chain_booking_saas", "txt", "zh", "cloud", Z03),
    "z04": ("h354z04_ageing_office_subsidy_system_om", "txt", "zh", "services", Z04),
    "z05": ("h354z05_lotus_root_starch_traceability_supplier_template", "md", "zh", "software", Z05),
    "e01": ("h354e01_dafen_studio_canvas_layout_licences", "pdf", "en", "software", E01),
    "e02": ("h354e02_sanqing_cable_car_ticketing_saas", "md", "en", "cloud", E02),
    "e03": ("h354e03_xinjiang_melon_greenhouse_sensors", "docx", "en", "hardware", E03),
    "e04": ("h354e04_shaoxing_brewery_managed_ot_backup", "md", "en", "services", E04),
    "e05": ("h354e05_lhasa_tour_guide_permit_api", "txt", "en", "cloud", E05),
}

G, S = "goods_or_licence", "service"
# (avail, p1h, remedy, ip, dsec, owns, conf, ld, cap, prepay, acc, final, warr, pwf, auto, term, subc, law, kind,
#  sla_clause, ld_stated, capped, deemed, value)
T = {
    "z01": (99.95, 0.5, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 8, False, True, False, "PRC", G,
            True, True, True, False, 2258000),
    "z02": (None, 1, True, "buyer", True, True, True, 0.1, None, 20, True, True, 18, 26, False, True, True, "PRC", G,
            True, True, True, False, 1300000),
    "z03": (99.5, 1, True, "buyer", True, False, True, 0.1, 150, None, True, None, None, None, True, True, False, "PRC", S,
            True, True, None, False, 700400),
    "z04": (99.95, 0.5, False, "buyer", True, True, True, 0.02, None, None, True, None, None, None, False, True, False,
            "PRC", S, True, True, None, False, 486000),
    "z05": (None, None, False, "supplier", False, False, True, None, 20, 50, False, False, 6, None, False, True, None,
            None, G, False, False, False, True, 688000),
    "e01": (None, 2, True, "buyer", True, True, True, 0.1, 150, 20, True, True, 24, 9, False, True, False, "Sweden", G,
            True, True, True, False, 616000),
    "e02": (99.95, 0.5, True, "buyer", True, True, True, 500 / 546000 * 100, 6 / 36 * 100, None, True, None, None, None,
            False, True, True, "Norway", S, True, True, None, False, 546000),
    "e03": (None, 1, True, "buyer", True, True, True, 0.08, 200, 10, True, True, 36, 7, False, True, False, "PRC", G,
            True, True, True, False, 1352000),
    "e04": (99.95, 0.5, True, "buyer", True, True, False, 1100 / 1460000 * 100, 150, None, True, None, None, None, False,
            False, False, "PRC", S, True, True, None, False, 1460000),
    "e05": (99.95, 1, True, "buyer", True, True, True, 0.02, 150, 294000 / 530000 * 100, True, None, None, None, True, True,
            False, "PRC", S, True, True, None, False, 530000),
}
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
# fee base (itemised licence / hardware subtotal) for goods contracts with a stated fee
FEE_BASE = {"z01": 1260000, "z02": 1156000, "e01": 498000, "e03": 1184000}
EXPECTED = {
    "z01": [], "e03": [],
    "e01": ["CR-GOVERNING-LAW"],
    "z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT", "CR-TCO-SERVICE-SHARE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "z04": ["CR-LD-LOW", "CR-SLA-NO-REMEDY"],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-DATA-SECURITY", "CR-IP-OWNERSHIP", "CR-LD-MISSING",
            "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
            "CR-WARRANTY"],
    "e02": ["CR-GOVERNING-LAW", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"],
    "e04": ["CR-CONFIDENTIALITY", "CR-TERMINATION"],
    "e05": ["CR-AUTO-RENEWAL", "CR-LD-LOW", "CR-PREPAYMENT"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco(key, t):
    warr, pwf, value = t[12], t[13], t[23]
    if t[18] != G or pwf is None:
        return None
    fees = max(0.0, 5 - warr / 12) * pwf / 100 * FEE_BASE[key]
    return value + fees, fees / (value + fees) * 100


def derive(key, t):
    """The rules a careful reader derives from the labels (policy.md §3)."""
    d = dict(zip(KEYS, t))
    sla, ldst, capped, value = t[19], t[20], t[21], t[23]
    goods = d["contract_kind"] == G
    r = set()
    if not sla:
        r.add("CR-SLA-MISSING")
    if d["availability_pct"] is not None and d["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if d["p1_response_hours"] is None or d["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if sla and not d["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if d["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not d["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if not d["buyer_owns_data"]:
        r.add("CR-DATA-OWNERSHIP")
    if not d["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not ldst:
        r.add("CR-LD-MISSING")
    elif d["ld_rate_per_day_pct"] is not None and d["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if d["liability_cap_pct"] is not None and d["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if d["prepayment_pct"] is not None and d["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if not d["acceptance_clause"] or d["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if d["warranty_months"] is None or d["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if d["post_warranty_fee_pct"] is None or not capped or d["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        x = tco(key, t)
        if x and x[1] > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if d["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not d["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if d["subcontract_without_consent"]:
        r.add("CR-SUBCONTRACT")
    if d["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEV.get(x, "medium") for x in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


def off_thresholds(key, t):
    d = dict(zip(KEYS, t))
    checks = [(d["availability_pct"], 99.9), (d["p1_response_hours"], 4), (d["ld_rate_per_day_pct"], 0.05),
              (d["liability_cap_pct"], 100), (d["prepayment_pct"], 30), (d["warranty_months"], 12),
              (d["post_warranty_fee_pct"], 15), (d["warranty_months"], 60)]
    for v, th in checks:
        assert v is None or abs(v - th) > 1e-9, (key, v, th)
    x = tco(key, t)
    assert x is None or abs(x[1] - 40) > 0.5, (key, x)


CN = "〇零一二三四五六七八九十百两"
BAD = [
    r"(?<![\d.])99\.9(?![\d])", r"(?<![\d.])0\.050*\s*%", r"万分之五", r"千分之零点五",
    r"(?<![\d.])100\s*%", r"百分之百", r"(?<![\d.])30\s*%", r"百分之三十(?![" + CN + "])", r"三成",
    r"(?<![\d.])40\s*%", r"百分之四十(?![" + CN + "])", r"(?<![\d.])15\s*%", r"百分之十五(?![" + CN + "])",
    r"(?<![\d.])4\s*(?:个)?(?:工作)?小时", r"(?<![" + CN + "])四(?:个)?(?:工作)?小时", r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])12\s*个月", r"(?<![" + CN + "])十二个月", r"(?<![" + CN + "第])一年", r"(?<![\d.])1\s*年(?!\d)",
    r"(?<![\d.])5\s*年(?!\d)", r"(?<![" + CN + "])五年", r"(?<![\d.])60\s*个月",
    r"(?i)(?<![\d.])4[\s-]*(?:\(?\s*\)?\s*)?(?:working\s+|business\s+)?hours?\b", r"(?i)\bfour\s*(?:\(4\)\s*)?(?:working\s+|business\s+)?hours?\b",
    r"(?i)(?<![\d.])240\s*min", r"(?i)(?<![\d.])12[\s-]*months?\b", r"(?i)\btwelve\s*(?:\(12\)\s*)?months?\b",
    r"(?i)\bone[\s-]*years?\b", r"(?i)(?<![\d.])1[\s-]*years?\b", r"(?i)(?<![\d.])5[\s-]*years?\b",
    r"(?i)\bfive[\s-]*(?:\(5\)\s*)?years?\b", r"(?i)(?<![\d.])60[\s-]*months?\b", r"(?i)\bsixty\s*months?\b",
    r"(?i)\bthirty\s*per\s*cent", r"(?i)\bforty\s*per\s*cent", r"(?i)\bfifteen\s*per\s*cent", r"(?i)hundred\s*per\s*cent",
    r"(?i)(?<![\d.])(?:30|40|15|100)\s*per\s*cent", r"(?i)\bannual\s+period\s+of\s+twelve",
]
MUST_HIT = ["99.9%", "4小时", "四小时", "4 hours", "four hours", "240 minutes", "0.05%", "万分之五", "100%", "百分之百",
            "30%", "百分之三十", "三成", "40%", "15%", "12个月", "十二个月", "一年", "one year", "12 months", "5年",
            "五年", "5 years", "60个月", "60 months", "twelve months", "百分之四十", "four (4) hours", "1 year"]
MUST_MISS = ["24小时", "二十四小时", "99.95%", "115%", "0.15%", "四十二个月", "2025年", "24 hours", "99.5%", "14小时",
             "百分之三十五", "130%", "2026年4月", "十五年度", "0.055%", "34 hours", "112个月"]


def scan(text):
    hits = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BAD:
            for m in re.finditer(rx, variant):
                hits.append((rx, variant[max(0, m.start() - 15):m.end() + 15]))
    return hits


def self_test():
    for s in MUST_HIT:
        assert any(re.search(rx, s) for rx in BAD), ("must hit", s)
    for s in MUST_MISS:
        assert not any(re.search(rx, s) for rx in BAD), ("must miss", s, [rx for rx in BAD if re.search(rx, s)])


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def label(key):
    stem, ext, lang, cat, _ = TARGETS[key]
    t = T[key]
    terms = dict(zip(KEYS, t))
    extra = {"sla_clause": t[19], "ld_stated": t[20]}
    if t[18] == G:
        extra["post_warranty_fee_capped"] = t[21]
    extra["acceptance_deemed_on_delivery"] = t[22]
    extra["contract_value"] = t[23]
    return {"file": stem + "." + ext, "language": lang, "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": EXPECTED[key]}


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    built = {k: (v[0] + "." + v[1], v[1]) for k, v in TARGETS.items() if v[1] in ("docx", "pdf")}
    write({k: TARGETS[k][4] for k in built}, built, OUT, wrap_words=True)
    fired = set()
    problems = []
    for key, (stem, ext, lang, cat, src) in TARGETS.items():
        path = OUT / (stem + "." + ext)
        if ext in ("txt", "md"):
            path.write_text(src, encoding="utf-8")
            print("wrote", path.name)
        lab = label(key)
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        off_thresholds(key, T[key])
        rules = derive(key, T[key])
        assert rules == EXPECTED[key], (key, rules, EXPECTED[key])
        fired |= set(rules)
        text = read_back(path)
        n = len(text) if lang == "zh" else len(text.split())
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        x = tco(key, T[key])
        print("%s %-62s %5d %s  %-6s %s%s" % (key, path.name, n, "chars" if lang == "zh" else "words", risk(rules),
              ", ".join(r[3:] for r in rules) or "(none)", "" if x is None else "  TCO %.0f share %.1f%%" % x))
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (key, n, lo, hi))
        for h in scan(text) + scan(src):
            problems.append("%s threshold figure %r in %r" % (key, h[0], h[1]))
    missing = [r for r in ALL_RULES if r not in fired]
    assert not missing, missing
    assert sorted(len(EXPECTED[k]) for k in EXPECTED) == [0, 0, 1, 2, 2, 3, 3, 3, 3, 11]
    for p in sorted(set(problems)):
        print("PROBLEM", p)
    assert not problems


if __name__ == "__main__":
    main()
