"""holdout537: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks them.

Run: /work/main/.venv/bin/python -B make_files.py  (in this folder). Writes only into this folder.
Sources are kept below; .txt/.md are written as is, .docx/.pdf through ../word_pdf.py (wrap_words=True).
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

H537Z01 = """T:江州市总工会职工服务平台软件许可及定制开发项目政府采购合同
P:合同编号：JZZGH-2027-ZC-0316　采购方式：公开招标
P:甲方（采购人）：江州市总工会　地址：江州市人民路88号
P:乙方（供应商）：杭州工联数智科技有限公司　地址：杭州市西湖区文三路200号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》、招标文件（编号JZCG-2027-0451）、乙方投标文件及中标通知书，甲乙双方就江州市总工会职工服务平台软件许可及定制开发项目，经协商一致，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供“工会通”职工服务平台软件V3.0的永久使用许可（市、区、基层工会三级使用，不限用户数），并完成会员实名管理、困难职工帮扶、普惠活动报名、法律援助预约四个定制模块的开发，以及历史会员数据迁移、部署实施和培训。
P:1.2 平台部署于江州市政务云，云资源由甲方提供，乙方负责安装配置、与统一身份认证平台及“江州办”移动端的对接联调。
P:1.3 乙方应派驻项目经理一名、开发及实施人员不少于六名，人员名单经甲方确认后不得擅自更换。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾肆万元整（¥1,540,000），含税，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件永久许可|860,000
TB:2|定制模块开发（四个模块）|520,000
TB:3|历史会员数据迁移|96,000
TB:4|部署实施及培训|64,000
TB:合计||1,540,000
P:2.2 合同总价为固定价格，包括软件许可、开发、迁移、实施、培训、差旅及税费，除甲方书面变更需求外不作调整。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥308,000。
P:3.2 平台上线并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥693,000。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥539,000。
P:3.4 乙方每次收款前应向甲方开具等额合法发票。
H:第四条 进度与交付
P:4.1 乙方应在合同签订后10日内提交项目实施方案，经甲方确认后执行；在合同签订后九十日内完成部署并申请初步验收。
P:4.2 初步验收合格后平台进入试运行，试运行期为两个月，期满后乙方申请最终验收。
P:4.3 乙方应对甲方及各区县工会的管理员分两期进行培训，每期不少于两天，并提供操作手册和培训视频。
P:4.4 乙方应每两周向甲方提交项目周报，说明进度、风险及需甲方配合事项；关键节点延误的，乙方应提交书面赶工措施并经甲方确认。
H:第五条 验收
P:5.1 初步验收标准：（1）招标文件及本合同所列功能全部实现；（2）历史会员数据经全量比对，记录数一致、关键字段差错率为零；（3）在800个并发用户下页面平均响应时间不超过2秒；（4）通过第三方测评机构的功能测试和安全测评。
P:5.2 最终验收标准：试运行期间未发生一级故障，遗留问题全部关闭，乙方已提交定制模块源代码、技术文档和操作手册。验收由甲方组织，可邀请专家参加，验收结论以双方签署的书面验收报告为准。
P:5.3 平台上线、试运行或甲方使用平台，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需续购维护服务，年度维护费不超过平台软件许可费的8%（即不超过¥68,800），该价格在质保期满后三个服务年度内不上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%，计划内维护除外；计划维护应提前三个工作日通知甲方，并安排在夜间进行。
P:7.2 故障响应：一级故障（平台整体不可用或数据错误）30分钟内响应、3小时内恢复；二级故障（部分功能不可用）1小时内响应、8小时内恢复；三级故障在两个工作日内处理完毕。
P:7.3 乙方未按时响应或恢复的，每超时1小时向甲方支付违约金¥1,000；月可用率每低于承诺值0.01个百分点，乙方支付违约金¥2,000。甲方可从履约保证金或应付款中直接扣除。
H:第八条 知识产权
P:8.1 平台软件的既有知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 定制模块的源代码、设计文档、数据库结构及其他定制开发成果的知识产权归甲方所有，甲方可自行或委托第三方修改、使用和许可他人使用。
P:8.3 乙方保证所提供的软件不侵犯第三方的知识产权，否则由乙方承担全部责任。
H:第九条 数据安全
P:9.1 平台中的会员信息、帮扶记录及其他业务数据属于甲方，乙方仅为履行本合同处理，不得用于任何其他目的。
P:9.2 乙方应遵守《数据安全法》《个人信息保护法》，落实访问控制、加密存储和操作审计，运维须经甲方审批并通过堡垒机进行，不得将数据复制到甲方环境以外。
P:9.3 发生或可能发生数据泄露的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成数据泄露的，乙方承担全部赔偿责任。
P:9.4 合同终止或项目结束后，乙方应将其持有的全部甲方数据移交甲方，并在甲方监督下删除测试环境中的数据副本。
H:第十条 保密
P:10.1 双方对履约中知悉的对方非公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
H:第十一条 履约保证金
P:11.1 乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥77,000），最终验收合格后无息退还。
H:第十二条 违约责任
P:12.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的万分之八支付违约金；逾期超过30日的，甲方有权解除合同。
P:12.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
P:12.3 乙方交付的平台不符合约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
H:第十三条 分包与转让
P:13.1 乙方不得将本项目分包或转包给第三方，也不得转让本合同项下的权利义务。
H:第十四条 合同解除
P:14.1 乙方严重违约，经甲方书面通知后15日内仍未纠正的，甲方有权解除合同，并要求乙方返还已付款项、赔偿损失。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院起诉。
H:第十六条 其他
P:16.1 招标文件、投标文件及中标通知书为本合同的组成部分。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江州市总工会　　乙方（盖章）：杭州工联数智科技有限公司
P:授权代表：　　　　　　　　　　授权代表：
P:日期：2027年3月　日　　　　　日期：2027年3月　日
"""

H537Z02 = """T:复卷机控制系统改造及维保合同
P:合同编号：HY-SB-2027-0218
P:甲方（买方）：福建恒玉纸业有限公司　地址：福建省南平市延平区工业园区纸业路6号
P:乙方（卖方）：厦门拓控自动化工程有限公司　地址：厦门市湖里区高新技术园区创新路19号
P:甲方卫生纸生产线2号、3号复卷机原控制系统老化，故障频发。经询价比选，甲方确定由乙方承担两台复卷机控制系统的改造，双方依据《中华人民共和国民法典》订立本合同。
H:一、改造范围
P:（一）乙方负责两台复卷机控制系统的设计、供货、拆除旧系统、安装、编程、调试和培训，包括PLC控制柜、伺服驱动、张力控制、人机界面及复卷控制软件。
P:（二）改造后复卷机设计车速不低于每分钟600米，断纸自动停机，换卷时间不超过45秒，配方切换在人机界面一键完成。
P:（三）改造施工应利用甲方计划停机时间进行，每台停机不超过七日。
P:（四）乙方应在合同生效后15日内提交改造技术方案、电气原理图和施工计划，经甲方设备部书面确认后实施；施工期间乙方应遵守甲方安全生产管理制度，动火、登高及带电作业须办理作业票。
H:二、合同价款
P:（一）合同总价为人民币壹佰叁拾肆万元整（¥1,340,000），含税及运输、保险费用，明细如下：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|2套|316,000
TB:2|伺服驱动系统（放卷、复卷、压辊）|2套|398,000
TB:3|张力控制系统（传感器及控制器）|2套|164,000
TB:4|人机界面及工控机|2套|86,000
TB:5|复卷控制软件及配方管理软件许可|2套|216,000
TB:软硬件小计|||1,180,000
TB:6|旧系统拆除、安装调试|1项|128,000
TB:7|操作及维修培训|1项|32,000
TB:合计|||1,340,000
P:（二）上述价格为固定总价，非因甲方书面变更不作调整。
P:（三）合同价款包括设备、软件许可、包装运输、保险、安装调试、培训、技术资料及乙方人员差旅等全部费用，甲方不再另行支付其他费用。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥134,000。
P:（二）全部设备到货并经双方清点签收后，甲方支付合同总价的35%，即¥469,000；到货签收不代表质量验收。
P:（三）两台复卷机均通过最终验收后15个工作日内，甲方支付合同总价的50%，即¥670,000。
P:（四）余款5%即¥67,000作为质量保证金，质保期满且无未决质量问题后10个工作日内支付。
H:四、交付与验收
P:（一）乙方应在合同生效后六十日内将全部设备运至甲方工厂，在甲方通知的停机时段内完成安装调试。
P:（二）验收标准：每台复卷机连续生产72小时，车速达到每分钟600米，因控制系统原因的断纸停机不超过两次，张力波动不超过设定值的±3%，换卷及配方切换功能逐项测试合格，PLC程序及电气图纸完整交付。
P:（三）验收由甲方设备部组织，双方签署验收报告。安装完成、试生产或甲方使用设备，均不视为验收合格；验收不合格的，乙方应在10日内整改，并承担重新验收的费用。
P:（四）乙方应随设备提交合格证、出厂检验报告、PLC及人机界面源程序、电气图纸、备件清单和中文操作维护手册。
H:五、质量保证
P:（一）质保期为十八个月，自最终验收合格之日起计算。质保期内因设备或软件质量造成的故障，乙方免费维修或更换，并承担往返运费及人工费用。
P:（二）质保期内乙方提供7×24小时电话支持，每季度上门巡检一次。
P:（三）质保期内乙方应在甲方仓库存放常用备件（伺服驱动器、I/O模块、张力传感器各不少于一件），备件使用后乙方应在7日内补齐。
H:六、服务水平
P:（一）一级故障（复卷机因控制系统原因停机）：乙方应在1小时内响应，6小时内到达现场，12小时内恢复生产；二级故障（部分功能异常但可生产）：2小时内响应，48小时内修复。
P:（二）质保期内控制系统月可用率（按计划生产时间计算）不低于99.5%。
P:（三）乙方未按时响应或到场的，每超时1小时向甲方支付¥800；月可用率每低于承诺值0.1个百分点，乙方支付¥2,000，甲方可从质量保证金中扣除。
H:七、维保服务
P:（一）质保期满后，乙方继续为甲方提供维保服务，包括定期巡检、备件供应、软件维护和故障维修。
P:（三）维保期内的服务水平、故障响应及违约金按本合同第六部分执行；乙方每年应对两台复卷机进行一次全面检修，并向甲方提交设备状态评估报告。
P:（二）年度维保费为人民币叁拾柒万柒仟陆佰元（¥377,600），即软硬件小计的32%，自质保期满之日起按年支付；该费用在三个维保年度内固定不变，期满后续签的价格由双方另行协商。
H:八、数据与保密
P:（一）复卷机运行数据、工艺配方及生产记录属于甲方。乙方远程诊断须经甲方书面批准，通过甲方指定的VPN账户进行，不得下载或留存上述数据，不得用于本合同以外的任何目的。
P:（二）乙方应对远程维护终端采取防病毒和访问控制措施；发生数据泄露或因乙方原因造成控制系统被入侵的，乙方应在2小时内通知甲方并承担由此造成的全部损失。
P:（三）双方对履约中知悉的对方技术资料和商业信息负有保密义务，保密期至合同终止后三年。
H:九、知识产权
P:（一）乙方为本项目编写的PLC程序、人机界面画面、配方模板及电气图纸的知识产权归甲方所有，甲方可自行修改或委托第三方维护。
P:（二）控制软件产品本身的知识产权归原权利人所有，甲方获得永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成验收的，每逾期一日按合同总价的万分之八支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
P:（三）乙方施工造成甲方设备损坏或人员伤害的，由乙方负责赔偿。
P:（四）改造后设备未达到第一条第（二）项性能指标的，乙方应免费整改；整改后仍不达标的，甲方有权要求降价或退货。
H:十一、分包
P:（一）电气安装工作如需分包，乙方应事先取得甲方书面同意，并对分包单位的工作承担全部责任。
P:（二）乙方不得将设备供货及软件编程工作转包给第三方。
H:十二、合同解除
P:（一）乙方逾期超过30日或改造后设备经两次整改仍不合格的，甲方有权书面通知解除合同，乙方应退还已收款项并赔偿损失。
P:（二）合同解除后，乙方应在甲方通知的期限内拆除已安装的设备并恢复原系统运行，费用由乙方承担。
H:十三、争议解决
P:（一）本合同适用中华人民共和国法律。争议协商不成的，提交南平仲裁委员会仲裁。
H:十四、其他
P:（一）本合同一式四份，双方各执二份，自双方签字盖章之日起生效。附件：设备清单、改造技术方案。
P:（二）乙方在甲方厂区作业期间应为作业人员购买意外伤害保险，并对作业人员的安全负责。
P:甲方（盖章）：福建恒玉纸业有限公司　　乙方（盖章）：厦门拓控自动化工程有限公司
P:代表签字：　　　　　　　　　　　　　代表签字：
P:日期：2027年2月　日　　　　　　　　日期：2027年2月　日
"""

H537Z03 = """门店智能排班SaaS服务及实施合同

合同编号：HB-IT-2027-011
甲方（客户）：上海堡堡香餐饮管理有限公司
地址：上海市闵行区虹梅路1800号
乙方（服务商）：南京云班信息技术有限公司
地址：南京市建邺区江东中路301号

鉴于甲方在华东地区经营120家汉堡连锁门店，需要统一的员工排班、考勤和工时管理工具；乙方提供“云班”门店排班SaaS服务。双方经协商，就乙方向甲方提供排班SaaS订阅服务及实施服务订立本合同。

1. 服务内容
1.1 乙方向甲方120家门店及总部提供“云班”排班SaaS服务，包括客流预测排班、员工自助换班、考勤打卡、工时合规预警及人力成本报表，门店账号与员工账号数量不限。
1.2 实施服务包括：门店及员工基础数据导入、排班规则配置、与甲方现有考勤机及人力资源系统的接口开发、店长及区域经理培训。
1.3 服务期为三个服务年度，自2027年4月1日起至2030年3月31日止。
1.4 乙方应为甲方指定专职客户成功经理一名，负责需求对接、门店上线协调及季度服务回顾；新开门店由乙方在甲方通知后5个工作日内开通，费用按第2.1条单价按月折算。
1.5 乙方应提供店长端及员工端移动应用，支持中文界面，员工可通过手机查看班表、申请换班及请假。

2. 费用
2.1 本合同费用如下（人民币，含税）：
   项目                          单价                 数量            金额（元）
   排班SaaS订阅费                每店每服务年度1,680元  120店×3个服务年度   604,800
   实施及配置服务（一次性）       —                    1项             86,000
   考勤机及HR系统接口开发（一次性）—                    1项             24,000
   合计                                                                  714,800
2.2 合同总价为人民币柒拾壹万肆仟捌佰元整（¥714,800）。
2.3 本合同不设预付款。订阅费按季度结算，乙方于每季度结束后开具发票，甲方在收到发票后30日内支付；实施费及接口开发费在上线验收合格后30日内一次性支付。
2.4 服务期内门店数量减少的，自次季度起按实际门店数计收订阅费；门店数量增加的，按第2.1条单价计收。乙方应按甲方要求开具增值税专用发票。

3. 上线与验收
3.1 乙方应在2027年3月20日前完成试点门店（10家）上线，在2027年4月1日前完成全部门店上线。
3.2 上线验收标准：全部门店基础数据导入准确；连续两周排班结果与甲方工时规则校验无差错；考勤数据与考勤机记录一致；店长培训完成率达到95%以上。验收合格后双方签署上线验收单。
3.3 乙方每逾期一日完成全部门店上线，应向甲方支付违约金600元。
3.4 上线验收不合格的，乙方应在10日内整改并重新组织验收；门店开始使用系统不视为上线验收合格。

4. 服务水平
4.1 系统月可用率不低于99.95%，计划内维护应安排在凌晨2:00至5:00之间并提前通知甲方。
4.2 一级故障（门店无法排班或打卡）：15分钟内响应，2小时内恢复；二级故障：1小时内响应，次一工作日内解决。
4.3 月可用率未达承诺值的，按以下标准抵扣当季订阅费：低于99.95%但不低于99.5%的，抵扣5%；低于99.5%的，抵扣10%。一级故障未按时恢复的，每次另抵扣当季订阅费的2%。
4.4 乙方每月向甲方提交服务报告，列明可用率、故障记录及处理情况。连续两个月可用率低于99.5%的，甲方有权解除本合同。

5. 数据
5.1 甲方门店、员工信息、排班及考勤数据（“甲方数据”）的所有权归甲方。
5.2 乙方应采取加密传输与存储、权限分级、操作日志留存等安全措施，数据存储于中国境内，通过国家网络安全等级保护第三级备案；发生数据泄露的，乙方应在24小时内通知甲方并承担由此造成的损失。
5.3 甲方同意乙方在去除员工姓名、身份证号等可识别信息后，将甲方的排班、客流及工时数据用于乙方产品改进及编制餐饮行业人力效率基准报告，该项使用在合同终止后仍可继续。
5.4 乙方员工访问甲方数据应经过授权并留存访问日志，乙方每服务年度向甲方提供一次第三方安全测评报告。

6. 知识产权
6.1 “云班”平台及其既有功能的知识产权归乙方。
6.2 乙方为甲方开发的接口程序、定制报表模板及排班规则配置归甲方所有，甲方可自行修改、使用或交由第三方维护。
6.3 乙方保证所提供的服务不侵犯任何第三方的知识产权；因此引起的纠纷由乙方负责处理并承担全部责任。

7. 保密
7.1 双方对本合同内容及履约中获得的对方商业信息负有保密义务，未经书面同意不得向第三方披露，本条在合同终止后三年内有效。
7.2 乙方应要求其接触甲方信息的员工签署保密承诺，并对员工违反保密义务的行为承担责任。

8. 续期
8.1 服务期届满前30日双方均未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。
8.2 每次续期时，乙方有权上调订阅费单价，上调幅度不超过上一服务年度单价的8%，乙方以书面通知告知甲方即可。

9. 责任限制
9.1 除数据泄露及故意行为外，乙方在本合同项下的累计赔偿责任以责任事件发生前六个月内甲方实际支付的订阅费为限。

10. 分包
10.1 乙方不得将本合同项下服务分包给第三方，经甲方书面同意的除外。
10.2 经同意分包的，乙方应对分包方的行为向甲方承担连带责任，分包方应遵守本合同第5条和第7条的约定。

11. 合同解除
11.1 一方严重违约且在收到书面通知后15日内未纠正的，守约方有权解除本合同。
11.2 合同终止后30日内，乙方应以通用格式向甲方返还全部甲方数据，并在甲方确认后删除。

12. 不可抗力
12.1 因不可抗力不能履行合同的，受影响一方应及时通知对方并在合理期限内提供证明，双方根据影响程度部分或全部免除责任。

13. 法律适用与争议解决
13.1 本合同适用中华人民共和国法律。争议提交上海仲裁委员会仲裁。

14. 其他
14.1 本合同附件包括门店清单、排班规则说明及接口规范，与本合同具有同等效力。本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方：上海堡堡香餐饮管理有限公司（盖章）　　乙方：南京云班信息技术有限公司（盖章）
授权代表：　　　　　　　　　　　　　　　　授权代表：
日期：2027年2月　日　　　　　　　　　　　日期：2027年2月　日
"""

H537Z04 = """江城市公交集团智能调度系统年度运维服务合同

项目编号：JCGJ-CS-2027-007（竞争性磋商）
甲方（采购人）：江城市公共交通集团有限公司
地址：江城市解放大道1066号
乙方（成交供应商）：武汉畅行智联科技有限公司
地址：武汉市东湖新技术开发区光谷大道77号

根据竞争性磋商文件、乙方响应文件及成交通知书，甲方委托乙方对其智能调度系统提供年度运维服务。为明确双方权利义务，依据《中华人民共和国民法典》，双方订立本合同。

一、服务范围与期限
（1）运维对象：甲方智能调度系统，包括调度中心平台、车载智能终端（2,860台）、电子站牌（412块）、场站排班子系统及与一卡通、视频监控平台的接口。
（2）服务内容：驻场运维、日常巡检、故障处理、软件缺陷修复与小版本升级、备品备件更换、重大活动及节假日保障、月度运行分析报告。
（3）服务期限：2027年1月1日至2027年12月31日。期满后本合同终止，不自动续期；如需继续采购，由甲方另行组织采购。
（4）服务地点：甲方调度中心、各公交场站及甲方指定的线路车辆。乙方人员进入场站及车辆作业，应遵守甲方安全生产及运营管理规定，不得影响车辆正常运营。

二、服务费用
（1）本合同服务费总额为人民币玖拾陆万捌仟元整（¥968,000），含税，明细如下：
序号 | 服务项目 | 金额（元）
1 | 驻场运维服务（4人，全年） | 612,000
2 | 系统巡检与性能优化 | 148,000
3 | 备品备件（车载终端、站牌模块） | 126,000
4 | 应急保障服务 | 82,000
合计 | | 968,000
（2）服务费按季度支付。每季度结束后，甲方依据本合同第五部分进行季度考核，考核完成后15个工作日内支付当季服务费¥242,000。本合同不设预付款。

三、服务要求
（1）乙方驻场人员应具备相应专业资质，名单及资质证明在服务期开始前报甲方备案，更换人员须经甲方书面同意。驻场人员应于每日6:00至23:00在甲方调度中心值守，其余时间安排电话值班。
（2）乙方每月对调度平台、数据库、网络及车载终端进行一次全面巡检，并于次月5日前提交月度运行分析报告。
（3）月度运行分析报告应包括系统运行指标、故障统计及原因分析、车载终端及电子站牌在线情况、安全事件及整改建议。
（4）乙方应在服务期开始后30日内完成系统现状评估并提交运维方案，经甲方确认后执行。
（5）乙方每季度对车载终端在线率进行统计，对离线终端在7日内完成检修。
（6）乙方应建立备品备件库，常用车载终端、站牌显示模块及通信模块的库存数量不少于在用数量的2%，更换下来的故障件由乙方负责返修。
（7）春节、国庆及大型活动期间，乙方应按甲方要求增派保障人员，并提前提交保障方案。
（8）乙方对调度平台的软件升级、补丁安装及配置变更，应提前提交变更方案，经甲方信息中心批准后在夜间停运时段实施，并做好回退准备。

四、服务水平
（1）故障分级：一级故障指调度中心平台整体中断或全线车辆定位数据丢失；二级故障指单条线路调度异常或部分终端离线；三级故障指不影响运营的功能缺陷。
（2）响应要求：一级故障乙方应在6小时内响应并到场处理，24小时内恢复；二级故障应在8小时内响应，48小时内恢复；三级故障在7日内解决。
（3）乙方未达到上述响应或恢复要求的，应在3日内向甲方提交书面说明及整改报告。服务水平未达标不扣减服务费，双方在季度考核中记录并督促整改。

五、考核与验收
（1）季度考核内容包括：巡检完成率、月度报告按时提交、故障处理记录完整、离线车载终端按时完成检修。考核由甲方信息中心组织，双方签字确认考核表。
（2）服务期满后，乙方提交年度运维总结及全部运维文档，经甲方验收合格并签署验收单。
（3）年度验收内容包括：全年巡检记录及月度报告齐全，故障处理闭环，运维文档、配置清单及账号清单与系统现状一致，系统现状评估中提出的问题已整改完毕。
（4）季度考核不合格的，乙方应在15日内完成整改并重新考核；重新考核仍不合格的，甲方可暂缓支付当季服务费直至整改完成。

六、数据安全
（1）调度数据、车辆定位轨迹、客流及刷卡数据属于甲方，乙方仅为运维目的在甲方环境中访问，不得复制、留存或用于其他目的。
（2）乙方运维人员应签署保密承诺书，通过甲方堡垒机进行操作，全部操作留存日志；乙方应落实等级保护要求的各项安全措施。
（3）发生数据泄露或安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成数据泄露或系统被攻击的，乙方承担全部赔偿责任及相应的法律责任。
（4）服务期满或合同终止时，乙方应移交全部账号、密码及运维资料，并删除其持有的甲方数据副本，书面确认删除结果。

七、保密
（1）双方对履约中知悉的对方商业信息和技术资料负有保密义务，未经对方书面同意不得向第三方披露，保密期限至合同终止后三年。
（2）乙方不得向媒体或其他客户透露甲方线路运营、客流及调度策略等信息，不得以甲方名义进行宣传，乙方人员离职的，乙方应确保其继续履行保密义务。

八、知识产权
（1）乙方在运维过程中为甲方编写的脚本、报表、配置文件及技术文档，知识产权归甲方所有。
（2）乙方保证运维中使用的工具软件具有合法授权，不侵犯第三方知识产权；因此产生的纠纷及损失由乙方承担。

九、违约责任
（1）乙方未按时提交月度运行分析报告或运维方案的，每逾期一日向甲方支付违约金800元。
（2）甲方无正当理由逾期支付服务费的，每逾期一日按应付金额的万分之三支付违约金。
（3）乙方人员违反甲方安全管理制度造成损失的，由乙方赔偿。

十、合同的履行与解除
（1）本合同为年度服务合同，在服务期限内双方均应全面履行，任何一方不得单方解除合同。
（2）乙方违约的，甲方可要求乙方限期整改、支付违约金并赔偿损失，但不得以此为由解除本合同。

十一、分包
（1）乙方不得将本合同项下的服务转包或分包给第三方。

十二、不可抗力
（1）因自然灾害、重大公共卫生事件等不可抗力导致不能履行的，受影响一方应及时通知对方，并在不可抗力消除后继续履行。

十三、争议解决
（1）本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，向甲方所在地人民法院提起诉讼。

十四、其他
（1）磋商文件、响应文件、成交通知书为本合同组成部分。本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。本合同一式四份，甲方三份，乙方一份，自签字盖章之日起生效。

甲方（盖章）：江城市公共交通集团有限公司　　乙方（盖章）：武汉畅行智联科技有限公司
代表签字：　　　　　　　　　　　　　　　　代表签字：
日期：2026年12月　日　　　　　　　　　　　日期：2026年12月　日
"""

H537Z05 = """# 排程宝 APS 软件许可及定制开发合同（标准文本 V4.0）

合同编号：PCB-XS-2027-0093

**甲方（买方）**：梧州市百年龟苓膏食品有限公司
地址：广西梧州市长洲区工业园龟苓路12号

**乙方（卖方）**：广州排程宝软件科技有限公司
地址：广州市天河区科韵路16号

甲方拟对龟苓膏、凉粉等产品的熬制、冷却、灌装及包装工序实行计划排程管理，乙方为专业的生产排程软件供应商。双方根据《中华人民共和国民法典》，在平等自愿的基础上订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供“排程宝”APS高级计划排程软件标准版的永久使用许可（5个并发用户），并根据甲方工艺进行定制开发，包括熬制锅次排程、冷却时间约束、灌装线换产优化及与甲方ERP的物料接口。

1.2 乙方负责软件安装部署、基础数据初始化及用户培训。

1.3 定制开发的具体范围以双方签字确认的《需求规格说明书》为准。需求规格说明书确认后，甲方提出的新增或变更需求，乙方有权另行报价并相应调整交付期限。

1.4 乙方向甲方交付的内容包括：软件安装介质、授权许可文件、用户操作手册及培训资料。

## 第二条 合同价款

2.1 合同总价为人民币捌拾陆万元整（¥860,000），含税，明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 排程宝APS标准版永久许可（5并发） | 420,000 |
| 2 | 定制开发（锅次排程、冷却约束、换产优化、ERP接口） | 360,000 |
| 3 | 安装部署及数据初始化 | 68,000 |
| 4 | 用户培训 | 12,000 |
| | 合计 | 860,000 |

2.2 以上价格不含甲方服务器、数据库等第三方软硬件。

2.3 乙方人员赴甲方现场提供服务所产生的差旅费用已包含在实施费用中；超出本合同范围的现场服务，按每人每日2,800元另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即¥430,000，乙方收到款项后启动项目。

3.2 软件安装上线后5个工作日内，甲方支付合同总价的50%，即¥430,000。

3.3 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，且乙方有权暂停服务。

3.4 乙方在收到每期款项前向甲方开具增值税专用发票。甲方应将款项汇入本合同载明的乙方银行账户，乙方变更账户的应书面通知甲方。

## 第四条 交付

4.1 乙方在收到首期款后七十五日内完成软件安装和定制功能交付。因需求变更、甲方数据准备不及时等原因导致延误的，交付期限相应顺延。

4.2 乙方如不能按期交付，应提前通知甲方，双方协商确定新的交付日期。

4.3 软件安装完成后，乙方向甲方发出书面安装完成通知，甲方应在三个工作日内安排关键用户参加上线培训。

## 第五条 甲方义务

5.1 甲方应指定项目负责人，及时提供产品工艺、设备产能、班组及物料等基础数据，并保证数据真实、完整。

5.2 甲方应按乙方要求准备服务器、数据库、网络环境及ERP接口测试账号。因甲方原因导致项目暂停超过三十日的，乙方有权按已完成工作量结算。

## 第六条 验收

6.1 软件安装上线即视为甲方验收合格。甲方在上线后提出的问题，由乙方在维护服务中处理。

## 第七条 免费维护

7.1 软件上线之日起六个月内为免费维护期，乙方提供远程技术支持和缺陷修复。

7.2 乙方在工作日9:00—17:30通过电话、远程方式提供支持，对甲方提出的问题尽合理努力及时处理。

7.3 因甲方操作不当、擅自修改配置、服务器故障或第三方软件问题导致的故障，不属于免费维护范围。

## 第八条 维护服务

8.1 免费维护期满后，甲方如需乙方继续提供维护服务，应与乙方签订年度维护协议，维护费按乙方当年公布的价格表执行。

8.2 未签订维护协议的，乙方按次收取现场服务费。

8.3 维护协议期内，乙方向甲方提供软件版本升级、缺陷修复及远程技术支持；软件大版本升级涉及的定制功能迁移，另行收费。

## 第九条 知识产权

9.1 排程宝软件及乙方为本项目进行的定制开发成果（包括源代码、算法模型、接口程序及文档）的知识产权均归乙方所有。

9.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译或向他人提供。

9.3 乙方保证其提供的软件不侵犯第三方的合法权利。第三方就此向甲方主张权利的，由乙方负责处理。

## 第十条 数据

10.1 甲方的生产计划、配方、产量等数据归甲方所有。

10.2 乙方对部署和维护过程中接触的甲方数据采取访问控制和加密传输措施，远程维护须经甲方授权；因乙方原因导致甲方数据泄露的，乙方承担相应赔偿责任，并应在发现后24小时内通知甲方。

10.3 甲方同意乙方将脱敏后的生产排程数据用于乙方产品研发、算法优化和行业案例分析。

## 第十一条 保密

11.1 双方对在合作中获知的对方商业秘密负有保密义务，未经对方同意不得向第三方披露。本条在合同终止后两年内有效。

11.2 乙方可在其客户名单及宣传材料中使用甲方名称和标识，但不得披露甲方配方和生产数据。

## 第十二条 违约责任

12.1 任何一方违反本合同约定的，应承担相应的违约责任。

12.2 乙方在本合同项下的全部赔偿责任总额不超过合同总价的百分之二十，且乙方不承担任何间接损失、利润损失或数据损失。

12.3 因甲方提供的基础数据错误、设备产能变化或甲方未按排程结果执行生产导致的损失，乙方不承担责任。

## 第十三条 合同解除

13.1 一方严重违约，经另一方书面催告后30日内仍未改正的，另一方有权解除本合同。

13.2 合同解除的，甲方应支付乙方已完成工作对应的费用；已支付的款项不予退还。

## 第十四条 不可抗力

14.1 因不可抗力不能履行本合同的，受影响一方不承担责任，但应及时通知对方并提供证明。

## 第十五条 争议解决

15.1 因本合同产生的争议，双方协商解决；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十六条 通知

16.1 本合同项下的通知以书面形式按首页地址送达，一方变更地址或联系人的，应在变更后七日内书面通知对方，否则送达至原地址视为已送达。

## 第十七条 其他

17.1 本合同为乙方标准文本，未尽事宜双方另行签订补充协议。本合同一式二份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：梧州市百年龟苓膏食品有限公司　　乙方（盖章）：广州排程宝软件科技有限公司

授权代表：　　　　　　　　　　　　　　　　　授权代表：

日期：2027年　月　日　　　　　　　　　　　　日期：2027年　月　日
"""

H537E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. CLS-CN-2027-014
P:This Software Licence and Services Agreement (the "Agreement") is made on 8 March 2027 between:
P:(1) Capitol Loom Software, Inc., a corporation organised under the laws of the District of Columbia, with its principal office at 1150 Connecticut Avenue NW, Washington, DC 20036, United States (the "Vendor"); and
P:(2) Shaoxing Jinyue Textile Printing and Dyeing Co., Ltd., a company incorporated in the People's Republic of China, with its registered office at 58 Binhai Avenue, Keqiao District, Shaoxing, Zhejiang (the "Customer").
P:Recitals
P:(A) The Vendor develops and licenses LoomTrack, a product lifecycle and colour-recipe management system for textile companies.
P:(B) The Customer wishes to acquire perpetual licences to LoomTrack for its design, dyeing and quality departments and to engage the Vendor to implement the system, migrate its recipe data and train its staff.
P:(C) At the Customer's request, all prices in this Agreement are stated and payable in Chinese Yuan Renminbi (CNY).
H:Article 1 Definitions
P:1.1 "Software" means LoomTrack version 8, its server components and any updates supplied under this Agreement. "Documentation" means the user and administrator manuals for the Software.
P:1.2 "Custom Deliverables" means the recipe-conversion tools, report templates, interfaces to the Customer's ERP and laboratory spectrophotometers, and all configurations written by the Vendor specifically for the Customer.
P:1.3 "Final Acceptance" means the signature by the Customer of the Final Acceptance Certificate under Article 5.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its internal business purposes at its sites in the People's Republic of China, for 60 named users and one production server with one standby server.
P:2.2 The Customer may make reasonable copies of the Software for backup, testing and disaster recovery. Additional named users may be purchased at the unit price in Article 3 during the warranty period.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,920,000, inclusive of VAT, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:LoomTrack named-user licence, perpetual|60|18,500|1,110,000
TB:LoomTrack server licence, perpetual (production and standby)|1|186,000|186,000
TB:Licence Subtotal|||1,296,000
TB:Implementation and configuration|1 lot||462,000
TB:Recipe data migration|1 lot||118,000
TB:Training (key users and administrators)|1 lot||44,000
TB:Contract Price|||1,920,000
P:3.2 The Contract Price is fixed and includes travel, living and all other expenses of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Customer shall pay 20 % of the Contract Price (CNY 384,000) within 30 days after signature of this Agreement and receipt of the Vendor's invoice.
P:4.2 The Customer shall pay 45 % of the Contract Price (CNY 864,000) within 30 days after the Software has been installed and the user acceptance tests have been signed off.
P:4.3 The Customer shall pay the remaining 35 % of the Contract Price (CNY 672,000) within 30 days after Final Acceptance.
P:4.4 Payments are made by bank transfer to the Vendor's account in China. Each payment requires a valid VAT invoice issued by the Vendor's appointed Shanghai agent.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall deliver the Software within 20 days after signature and complete implementation, data migration and training within 150 days after signature in accordance with the project plan agreed by the parties.
P:5.2 Final Acceptance requires that: (a) all functions listed in Annex 1 pass the acceptance test scripts; (b) every migrated colour recipe matches the source record, with zero differences in dye codes and quantities; (c) the ERP and spectrophotometer interfaces run for 30 consecutive days without a Severity 1 defect; and (d) the Vendor has delivered the Documentation and the source code of the Custom Deliverables.
P:5.3 The Customer shall issue the Final Acceptance Certificate within 10 business days after the criteria are met, or give written reasons for refusal. Installation, go-live or productive use of the Software does not by itself constitute acceptance.
P:5.4 If Final Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay liquidated damages of CNY 1,500 for each day of delay, up to a maximum of 10 % of the Contract Price.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform substantially in accordance with the Documentation and Annex 1 for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor shall correct defects, supply updates and provide support free of charge.
P:6.2 Support during the Warranty Period is provided under the following service levels:
TB:Severity|Description|Response time|Resolution target
TB:Severity 1|System unavailable or recipe data corrupted|1 hour|8 hours
TB:Severity 2|Major function impaired, workaround exists|2 hours|3 business days
TB:Severity 3|Minor defect or question|1 business day|next release
P:6.3 For each hour by which the Vendor exceeds the Severity 1 response time, or each day by which it exceeds the Severity 1 resolution target, the Vendor shall credit CNY 1,000 to the Customer, to be deducted from the next amount payable or paid on demand.
H:Article 7 Annual Support after the Warranty Period
P:7.1 After the Warranty Period, the Customer may order Annual Support, covering updates, new versions and the service levels in Article 6.2. The Annual Support fee is 14 % of the Licence Subtotal, being CNY 181,440 per year, and shall not increase during the first three years of Annual Support.
P:7.2 Annual Support is ordered by purchase order for each year and does not renew automatically. Any later fee change shall be agreed in writing and shall not exceed 3 % over the previous year.
H:Article 8 Intellectual Property
P:8.1 The Software and Documentation remain the property of the Vendor and its licensors.
P:8.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify, and license the Custom Deliverables to third parties without restriction. The Vendor shall deliver their source code with the final milestone.
P:8.3 The Vendor shall defend and indemnify the Customer against any claim that the Software or the Custom Deliverables infringe the rights of a third party.
H:Article 9 Customer Data and Security
P:9.1 All recipes, designs, production and quality data entered into or generated by the Software ("Customer Data") belong to the Customer. The Vendor shall process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Software is installed on the Customer's servers in Shaoxing. The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and per-session approval, shall not copy Customer Data outside the Customer's environment, and shall comply with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 The Vendor shall notify the Customer within 12 hours after becoming aware of any security incident affecting Customer Data, cooperate in remediation, and compensate the Customer for all losses caused by a breach of this Article by the Vendor or its personnel.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, including recipes, pricing and technical information, use it only for this Agreement and not disclose it to any third party without prior written consent. This obligation survives for three years after termination.
H:Article 11 Liability
P:11.1 The total liability of either party under this Agreement is limited to 150 % of the Contract Price. This limitation does not apply to infringement indemnities, breach of Articles 9 and 10, personal injury or wilful misconduct.
H:Article 12 Subcontracting and Assignment
P:12.1 The Vendor shall not subcontract any part of the services without the Customer's prior written consent and shall remain responsible for any approved subcontractor. Neither party may assign this Agreement without the other's written consent.
H:Article 13 Term and Termination
P:13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:13.2 The Customer may also terminate if liquidated damages under Article 5.4 reach their maximum. On termination for the Vendor's breach, the Vendor shall refund the amounts paid for undelivered work.
P:13.3 The licences granted in Article 2 survive termination except where the Customer fails to pay the licence fees.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the District of Columbia, United States of America, without regard to its conflict of laws rules.
P:14.2 Any dispute arising out of this Agreement shall be finally settled by arbitration under the Rules of Arbitration of the International Chamber of Commerce, seated in Washington, D.C., in English, by one arbitrator.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (functional scope and acceptance test scripts) and Annex 2 (project plan), is the entire agreement of the parties. Amendments must be in writing and signed by both parties. This Agreement is signed in two English originals.
P:Signed for Capitol Loom Software, Inc.: ____________________  Name / Title / Date
P:Signed for Shaoxing Jinyue Textile Printing and Dyeing Co., Ltd.: ____________________  Name / Title / Date
"""

H537E02 = """# ORDER FORM — TASI CLINIC CLOUD SUBSCRIPTION

Order Form No. TCC-OF-2027-0042, governed by the General Terms set out in Part B below.

| | |
|---|---|
| **Provider** | Tasi Cloud Systems LLC, Suite 304, ITC Building, 590 South Marine Corps Drive, Tamuning, Guam 96913, United States |
| **Customer** | Chengdu Xinya Dental Clinic Management Co., Ltd., 21 Tianfu Third Street, High-Tech Zone, Chengdu, Sichuan, People's Republic of China |
| **Service** | Tasi Clinic Cloud — appointment booking, patient records, chair scheduling, inventory and billing for dental clinics |
| **Sites** | 36 clinics of the Customer in Sichuan and Chongqing, listed in Attachment 1 |
| **Subscription Term** | Two Subscription Years, from 1 May 2027 to 30 April 2029 |
| **Currency** | At the Customer's request, all fees are stated and payable in CNY |

## Part A — Commercial Terms

### Section A.1 Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee, Subscription Year 1 | 36 clinics, unlimited staff users | 268,000 |
| Subscription Fee, Subscription Year 2 | 36 clinics, unlimited staff users | 268,000 |
| Onboarding Fee (one-time) | configuration, data migration, training | 42,000 |
| **Total Contract Value** | | **578,000** |

A.1.1 Additional clinics added during the Subscription Term are charged at CNY 7,450 per clinic per Subscription Year, pro rata for part of a year. Clinics closed by the Customer may be removed from the subscription at the start of the next Subscription Year, and the fee is then reduced accordingly.

A.1.2 Text-message reminders above 400,000 messages per Subscription Year are charged at CNY 0.045 per message, invoiced quarterly in arrears. Such usage charges are not part of the Total Contract Value.

### Section A.2 Invoicing and Payment

A.2.1 Subscription Fees are invoiced quarterly in arrears, at the end of each quarter of a Subscription Year, and are payable within 30 days after receipt of a valid invoice.

A.2.2 The Onboarding Fee is invoiced after Go-Live Acceptance under Section A.3 and is payable within 30 days after receipt of the invoice.

A.2.3 Nothing is payable before the Subscription Start Date. Fapiao are issued by the Provider's authorised reseller in Chengdu.

### Section A.3 Onboarding and Go-Live Acceptance

A.3.1 The Provider shall configure the Service for all 36 clinics, migrate patient, appointment and inventory records from the Customer's current system, and train two administrators and one front-desk lead per clinic.

A.3.2 Go-Live Acceptance takes place when: (a) the migrated patient and appointment records reconcile with the source system by count and by a sample check of 500 records with no errors; (b) each clinic has completed a full day of bookings, chair scheduling and billing in the Service; and (c) the integration with the Customer's payment terminals passes the agreed test script. The Customer signs a Go-Live Acceptance Certificate within five business days after these tests pass.

A.3.3 Go-Live Acceptance is planned for 30 April 2027. If it is delayed for reasons attributable to the Provider, the Provider shall pay the Customer CNY 150 for each day of delay, up to a maximum of CNY 15,000, deducted from the Onboarding Fee.

A.3.4 If any acceptance test fails, the Provider shall correct the cause within ten business days and the failed tests are repeated. Use of the Service by the clinics before Go-Live Acceptance does not count as acceptance.

A.3.5 The Customer shall provide an export of its current system, appoint a project lead and make clinic staff available for training in accordance with the agreed onboarding plan.

### Section A.4 Renewal

A.4.1 This Order Form expires at the end of the Subscription Term and does not renew automatically. Any renewal requires a new order form signed by both parties.

## Part B — General Terms

### Section B.1 Service Levels

B.1.1 The Provider shall make the Service available at least 99.95 % of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and performed between 01:00 and 05:00 Beijing time.

B.1.2 Support incidents are handled as follows:

| Priority | Definition | Response | Restoration target |
|---|---|---|---|
| Priority 1 | Service unavailable for a clinic, or patient records cannot be opened | 30 minutes | 3 hours |
| Priority 2 | A major function impaired, workaround available | 2 hours | 1 business day |
| Priority 3 | Minor issue or question | 1 business day | next release |

B.1.3 If monthly availability falls below the commitment in B.1.1, the Customer receives a service credit of 5 % of the monthly equivalent of the Subscription Fee for availability below 99.95 % but at least 99.5 %, and 10 % below 99.5 %. Each Priority 1 incident restored late earns an additional credit of 2 %. Credits are set off against the next invoice.

### Section B.2 Customer Data

B.2.1 Patient records, appointment data, clinic staff data and all other data entered by the Customer ("Customer Data") belong to the Customer. The Provider processes Customer Data only to provide the Service under the Customer's documented instructions and does not use it for any other purpose.

B.2.2 The Service is hosted in a data centre in Chengdu operated by a licensed Chinese cloud provider, holding an MLPS level 3 filing. Customer Data is encrypted in transit and at rest, access is restricted to named personnel with multi-factor authentication, and all access is logged. No Customer Data is transferred outside mainland China.

B.2.3 The Provider shall notify the Customer within 12 hours after becoming aware of a personal-information or security incident, support the Customer's notifications to regulators and patients, and bear the losses and costs the Customer suffers from an incident caused by the Provider's breach of this Section.

B.2.4 On expiry or termination, the Provider shall return all Customer Data in CSV format within 30 days and then delete it, confirming the deletion in writing.

B.2.5 The Provider shall carry out an independent security assessment of the Service each Subscription Year and give the Customer a summary of the results and of the remediation of any high-risk findings.

### Section B.3 Intellectual Property

B.3.1 The Service and the Provider's software remain the Provider's property.

B.3.2 The appointment templates, clinic-specific forms, report layouts and migration mappings created for the Customer during onboarding belong to the Customer, which may use, modify and share them with any successor provider.

### Section B.4 Confidentiality

B.4.1 Each party shall keep the other party's non-public information confidential, use it only for this Order Form and disclose it only to staff and advisers who need to know it and are bound by similar duties. This Section survives for three years after expiry.

### Section B.5 Subcontractors

B.5.1 The Provider may engage subcontractors, including hosting, messaging and support subcontractors, to perform any part of the Service. The Provider shall inform the Customer of any new subcontractor by written notice at least 30 days before the subcontractor starts work, and remains responsible for its subcontractors' performance.

### Section B.6 Liability

B.6.1 The total liability of the Provider under this Order Form is limited to 150 % of the Total Contract Value. The limit does not apply to breach of Section B.2, breach of Section B.4, or wilful misconduct.

B.6.2 Neither party is liable for indirect or consequential loss, except under Section B.2.

### Section B.7 Termination

B.7.1 Either party may terminate this Order Form by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

B.7.2 The Customer may terminate by written notice if availability falls below 99.5 % in two consecutive months. On termination for the Provider's breach, the Provider refunds any fees paid for the period after termination.

### Section B.8 Governing Law and Disputes

B.8.1 This Order Form is governed by the laws of the People's Republic of China.

B.8.2 Disputes shall be submitted to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules in force at the time.

### Section B.9 General

B.9.1 This Order Form, the General Terms and Attachment 1 are the entire agreement. Changes require a written amendment signed by both parties. Notices are given in writing to the addresses above.

B.9.2 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event prevents performance for more than 30 days, either party may terminate by written notice.

### Section B.10 Customer Responsibilities

B.10.1 The Customer is responsible for the accuracy of the data it enters, for keeping user credentials secure and for ensuring that its staff use the Service in line with the Provider's documentation and applicable law on medical records.

B.10.2 The Customer obtains any consents from patients that are required for the processing of their data in the Service.

B.10.3 The Customer shall inform the Provider without delay of any suspected unauthorised use of its accounts and shall cooperate with the Provider in investigating it.

Signed for Tasi Cloud Systems LLC: ____________________ (name, title, date)

Signed for Chengdu Xinya Dental Clinic Management Co., Ltd.: ____________________ (name, title, date)
"""

H537E03 = """T:Supply Contract for Cold-Store Temperature Monitoring Sensors and Software
P:Contract No. BHL-PUR-2027-0087
P:This Contract is made on 15 April 2027 between Tianjin Binhai Lengyun Cold Chain Logistics Co., Ltd., 66 Haibin Fifth Road, Tianjin Port Free Trade Zone, Tianjin, People's Republic of China (the "Buyer"), and Caribe Sensing Technologies LLC, 12 Company Street, Christiansted, St. Croix, United States Virgin Islands 00820 (the "Supplier").
P:Background: The Buyer operates a cold store of 18 chambers at its Tianjin Port site, holding frozen food and pharmaceuticals. It issued Request for Quotation BHL-RFQ-2027-011 for a wireless temperature, humidity and door monitoring system. The Supplier's quotation was selected. This Contract is on the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways and accessories listed in Clause 3. "Software" means the ColdWatch monitoring software licensed under Clause 3 and Clause 8. "System" means the Equipment and Software installed and working together.
P:1.2 "Site" means the Buyer's cold store at Tianjin Port. "Final Acceptance" means the Buyer's signature of the Final Acceptance Certificate under Clause 6.
H:2. Scope
P:2.1 The Supplier shall supply, deliver to Site, install, calibrate and commission the System, integrate it with the Buyer's warehouse management system, and train the Buyer's staff.
P:2.2 The System shall record temperature every 60 seconds in every chamber, raise alarms by screen, text message and telephone call when a chamber leaves its set range, and keep records for audit under Chinese GSP requirements for pharmaceuticals.
P:2.3 All Equipment shall be new, of current production, rated for continuous operation at -30 °C in the freezer chambers, and certified for radio use in China. Gateways shall buffer at least seven days of readings if the network is interrupted and transfer them automatically when it is restored.
P:2.4 The Supplier shall provide a detailed installation plan within 15 days after signature, showing sensor positions in each chamber, gateway locations and cable routes, for the Buyer's approval.
H:3. Price
P:3.1 At the Buyer's request, all prices are stated and payable in CNY. The Contract Price is CNY 931,000, inclusive of VAT, delivery to Site, duties and insurance, made up as follows:
TB:Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:Wireless temperature and humidity sensor, -40 °C rated|420|1,150|483,000
TB:Door open/close sensor|36|620|22,320
TB:LoRa gateway with 4G backup|24|6,800|163,200
TB:ColdWatch monitoring software, perpetual site licence|1|148,000|148,000
TB:Equipment and Licence Subtotal|||816,520
TB:Installation, calibration and commissioning|1 lot||96,000
TB:Training|1 lot||18,480
TB:Contract Price|||931,000
P:3.2 The Contract Price is fixed and shall not be adjusted for exchange-rate changes.
H:4. Payment
P:4.1 10 % of the Contract Price (CNY 93,100) is paid as an advance within 15 days after signature, against the Supplier's invoice and an advance-payment guarantee of equal amount from a bank in China.
P:4.2 55 % of the Contract Price (CNY 512,050) is paid within 30 days after all Equipment has been delivered and installed, confirmed by a signed installation record. The installation record is not acceptance.
P:4.3 The balance of 35 % (CNY 325,850) is paid within 30 days after Final Acceptance.
H:5. Delivery
P:5.1 The Supplier shall deliver all Equipment to Site within 45 days after signature and complete installation and commissioning within 30 days after delivery, without interrupting the Buyer's operations.
P:5.2 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, and the manufacturer's calibration records. The Buyer inspects the packages on arrival; signature of the delivery note confirms only the number of packages received.
P:5.3 If delivery or Final Acceptance is delayed for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1 % of the Contract Price for each day of delay, up to 10 % of the Contract Price. Payment of liquidated damages does not release the Supplier from its obligations.
H:6. Acceptance
P:6.1 Final Acceptance requires that: (a) every sensor is calibrated against a traceable reference with a deviation of no more than ±0.3 °C, with calibration certificates supplied; (b) the System runs for 14 consecutive days with no more than five missing readings per sensor per day; (c) alarms for every chamber are tested and reach the duty staff within 60 seconds; and (d) data is correctly transferred to the Buyer's warehouse management system.
P:6.2 The Buyer shall sign the Final Acceptance Certificate within 7 days after the criteria are met or state its reasons in writing. Delivery, installation or use of the System by the Buyer does not constitute acceptance.
P:6.3 If a test fails, the Supplier shall correct the cause within 10 days at its own cost and the Buyer shall repeat the failed tests. If the System fails the tests a second time, the Buyer may reject the System and terminate under Clause 13.
P:6.4 Training shall cover system administration, alarm handling and sensor replacement for at least eight warehouse staff and two IT staff, with manuals in Chinese. The Supplier shall hand over as-built drawings, calibration certificates and administrator passwords before Final Acceptance.
H:7. Warranty and Support
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace any defective Equipment free of charge, including parts, labour and transport, supply software updates and recalibrate all sensors once every Warranty year.
P:7.2 During the Warranty Period the Supplier shall respond to faults as follows:
TB:Fault level|Definition|Response|On site or fixed
TB:Critical|Monitoring or alarms unavailable for one or more chambers|1 hour|8 hours
TB:Major|Gateway or group of sensors offline, alarms still working|2 hours|24 hours
TB:Minor|Single sensor fault or reporting issue|1 business day|3 business days
P:7.3 For each hour by which the Supplier exceeds the Critical response or fix time, the Supplier shall pay CNY 500, deducted from any amount payable or paid on demand.
P:7.4 After the Warranty Period, the Supplier shall offer annual support on the same service levels for an annual fee of 9 % of the Equipment and Licence Subtotal (CNY 73,486.80), fixed for the first three years after the Warranty Period. Support is ordered year by year by purchase order and does not renew automatically.
P:7.5 The Supplier shall keep spare sensors and one spare gateway at the Site throughout the Warranty Period and shall make spare parts available for at least seven years after Final Acceptance.
H:8. Intellectual Property
P:8.1 The Software remains the property of the Supplier; the Buyer receives a perpetual licence to use it at the Site.
P:8.2 The chamber layouts, alarm rules, dashboards, integration scripts and reports configured for the Buyer belong to the Buyer, which may use, modify and disclose them freely, including to another support provider.
H:9. Buyer Data and Security
P:9.1 All temperature records, alarm logs and warehouse data collected by the System belong to the Buyer and are stored on the Buyer's servers. The Supplier shall use them only to perform this Contract.
P:9.2 Remote access by the Supplier is allowed only through the Buyer's VPN with multi-factor authentication and per-session approval. The Supplier shall not copy Buyer data outside the Buyer's systems, and gateways shall send data only to the Buyer's servers.
P:9.3 The Supplier shall notify the Buyer within 6 hours after becoming aware of any security incident affecting Buyer data or the System, cooperate in the response and compensate the Buyer for all losses caused by the Supplier's breach of this Clause.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other's non-public information, including the Buyer's site layout, customer lists and stock information, and shall not disclose it to any third party without prior written consent. This duty lasts for three years after the Contract ends.
H:11. Liability
P:11.1 The Supplier's total liability under this Contract is limited to 200 % of the Contract Price, except for personal injury, damage to goods in the cold store caused by the Supplier's negligence, wilful misconduct and breach of Clauses 9 and 10, which are not limited.
H:12. Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains fully responsible for any approved subcontractor. Installation subcontractors must hold valid electrical work certificates.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under Clause 5.3 reach their maximum. The Supplier shall then refund the amounts paid for Equipment not accepted.
P:13.2 Neither party is liable for failure to perform caused by force majeure, provided it notifies the other party within three days and resumes performance as soon as possible.
H:14. Governing Law and Disputes
P:14.1 This Contract is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the Tianjin Arbitration Commission for arbitration in Tianjin. The award is final and binding on both parties.
H:15. General
P:15.1 The Annexes (technical specification, installation plan, acceptance test plan) form part of this Contract. Changes must be agreed in writing. This Contract is signed in two originals in English and Chinese; the Chinese version prevails.
P:For the Buyer: ____________________ (seal, name, date)
P:For the Supplier: ____________________ (name, title, date)
"""

H537E04 = """# MANAGED IT SERVICE DESK AND ENDPOINT SERVICES AGREEMENT

Agreement No. PSM-HN-2027-003

**Between** Polynesia Service Management Inc., Pago Plaza, Suite 210, Pago Pago, American Samoa 96799, United States (the "Provider"),

**and** Sanya Haitang Bay Lanting Hotel Management Co., Ltd., 9 Haitang North Road, Haitang Bay, Sanya, Hainan, People's Republic of China (the "Customer").

**Background.** The Customer manages 14 resort and business hotels in Hainan. It wishes to outsource its IT service desk, endpoint management and on-site support for hotel staff to the Provider. The Provider operates a Mandarin- and English-speaking service centre and has local engineers in Sanya and Haikou. At the Customer's request, all charges are stated and payable in CNY.

## 1. DEFINITIONS

1.1 "Services" means the services described in Schedule 1. "Charges" means the charges in Schedule 2.

1.2 "Service Commencement Date" means the date on which the Customer signs the Service Commencement Certificate under Clause 4.

1.3 "Term" means the period from the Service Commencement Date to the date 24 calendar months later.

1.4 "Incident" means an unplanned interruption or degradation of an IT service used by the Customer's hotels.

## 2. SERVICES

2.1 The Provider shall provide the Services to all 14 hotels and the Customer's regional office in accordance with Schedule 1 and the service levels in Schedule 3.

2.2 The Provider shall keep at least four engineers based in Hainan, of whom two shall be available for on-site work at any time between 07:00 and 23:00, and shall run the service desk 24 hours a day, seven days a week.

2.3 The Provider shall maintain an inventory of the Customer's end-user devices, apply security patches within the windows agreed with the Customer, and provide monthly service reports.

2.4 The Provider's personnel working at the hotels shall follow the Customer's site rules, wear identification, respect guest privacy and avoid disturbing hotel operations. The Customer may require the replacement of any engineer for reasonable cause.

2.5 The Customer shall give the Provider's engineers access to its hotels, network rooms and systems as needed for the Services, and shall name an IT manager as the Provider's main contact.

## 3. CHARGES AND PAYMENT

3.1 The Charges are set out in Schedule 2. The Total Contract Value is CNY 1,468,000.

3.2 The Monthly Service Charge is invoiced monthly in arrears and is payable within 30 days after receipt of a valid fapiao. The Transition Fee is invoiced after the Service Commencement Certificate has been signed.

3.3 No charges are payable in advance. The Charges are fixed for the Term. Additional hotels may be added at the rates in Schedule 2.

## 4. TRANSITION AND SERVICE COMMENCEMENT

4.1 The Provider shall complete transition within 60 days after signature of this Agreement, including knowledge transfer from the Customer's current provider, device inventory, configuration of the service desk tool and a documented runbook for each hotel.

4.2 Service commencement tests: (a) the device inventory matches at least 98 % of the devices in the Customer's asset register; (b) ten test tickets per hotel are logged, routed and resolved according to Schedule 3; (c) remote tools are installed on all managed devices; and (d) the runbooks have been approved by the Customer's IT manager. When all tests pass, the Customer signs the Service Commencement Certificate within five business days.

4.3 If the Service Commencement Date is later than the planned date in the transition plan for reasons attributable to the Provider, the Provider shall pay the Customer CNY 900 for each day of delay, up to CNY 45,000.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Provider shall meet the service levels in Schedule 3. Performance is measured monthly from the service desk tool and reported in the monthly service report.

5.2 If a service level is missed in a month, the Provider shall give the Customer the service credit stated in Schedule 3, deducted from the next invoice. Service credits in a month shall not exceed 20 % of that month's Monthly Service Charge.

5.3 If the same service level is missed in three consecutive months, the Provider shall submit a remediation plan within ten days and carry it out at its own cost.

## 6. CUSTOMER DATA

6.1 Guest records, reservation data, staff accounts, device information and all other data of the Customer that the Provider handles in performing the Services ("Customer Data") belong to the Customer.

6.2 The Provider shall use Customer Data only to perform the Services and shall not sell, disclose or exploit it for any other purpose. On expiry of the Term the Provider shall hand over all Customer Data held in its service desk tool to the Customer.

## 7. CONFIDENTIALITY

7.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including hotel operating information, network diagrams and passwords, and shall not disclose it to any third party without prior written consent, except to its employees and advisers who need to know it. This Clause survives for three years after the end of the Term.

## 8. INTELLECTUAL PROPERTY

8.1 The Provider's service desk tool, remote tools and methods remain the Provider's property.

8.2 Runbooks, knowledge articles, scripts, device images and reports prepared for the Customer belong to the Customer, which may use, modify and give them to any successor provider without restriction.

## 9. LIABILITY

9.1 The Provider's total aggregate liability arising out of or in connection with this Agreement, whether in contract, tort or otherwise, shall not exceed CNY 300,000.

9.2 Neither party is liable for loss of profit or indirect loss. Nothing in this Agreement limits liability for personal injury or wilful misconduct.

## 10. SUBCONTRACTING

10.1 The Provider shall not subcontract any part of the Services without the Customer's prior written consent, which the Customer may give subject to conditions. The Provider remains responsible for the acts of approved subcontractors.

## 11. TERM, RENEWAL AND TERMINATION

11.1 This Agreement runs for the Term and expires at its end. It does not renew automatically; any extension requires a written amendment signed by both parties.

11.2 The Customer may terminate this Agreement by written notice if the Provider commits a material breach, including missing the Priority 1 service level in three consecutive months, and fails to remedy it within 30 days after written notice.

11.3 On expiry or termination the Provider shall cooperate in an orderly exit for up to 60 days, including knowledge transfer to the Customer or a successor provider, at the rates in Schedule 2.

11.4 Neither party is liable for delay caused by typhoons, floods or other events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible. Typhoon preparation and recovery support remain part of the Services.

## 12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes that cannot be settled by negotiation within 30 days shall be submitted to the Hainan International Arbitration Court for arbitration in Haikou.

## 13. GENERAL

13.1 This Agreement with its Schedules is the entire agreement of the parties. Changes require a written amendment. Schedules 1 to 3 below form part of this Agreement.

## SCHEDULE 1 — SERVICES

| Service | Description |
|---|---|
| Service desk | Telephone, e-mail and chat support for hotel staff, in Mandarin and English, at all hours |
| Endpoint management | Patching, antivirus monitoring, device imaging and software distribution for about 1,150 PCs, laptops and tablets |
| On-site support | Engineers dispatched to hotels for hardware faults, front-desk systems and meeting-room equipment |
| Asset management | Device inventory, lifecycle records and disposal coordination |
| Reporting | Monthly service report and quarterly service review with the Customer's IT manager |

## SCHEDULE 2 — CHARGES

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Monthly Service Charge | CNY 58,000 per month × 24 months | 1,392,000 |
| Transition Fee (one-time) | after the Service Commencement Certificate | 76,000 |
| **Total Contract Value** | | **1,468,000** |
| Additional hotel | per hotel per month | 3,600 |
| Exit assistance beyond the Term | per engineer-day | 2,400 |

## SCHEDULE 3 — SERVICE LEVELS

| Priority | Example | Response | Resolution | Service credit if missed |
|---|---|---|---|---|
| Priority 1 | Front desk or property management system down at a hotel | 30 minutes | 3 hours | 5 % of the Monthly Service Charge per missed incident |
| Priority 2 | Several users or one department affected | 1 hour | 8 hours | 2 % of the Monthly Service Charge if below 95 % in the month |
| Priority 3 | Single user affected | 2 hours | 2 business days | 1 % of the Monthly Service Charge if below 90 % in the month |
| Service requests | New user, device or access request | 1 business day | 3 business days | none |

Signed for Polynesia Service Management Inc.: ____________________ (name, title, date)

Signed for Sanya Haitang Bay Lanting Hotel Management Co., Ltd.: ____________________ (name, title, date)
"""

H537E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. MAR-API-2027-118

PARTIES

Marianas Maritime Data LLC, 2nd Floor, Joeten Commercial Building, Beach Road, Garapan, Saipan, Commonwealth of the Northern Mariana Islands 96950, United States ("Provider").

Ningbo Haiyun Tong International Freight Forwarding Co., Ltd., 188 Zhongshan East Road, Yinzhou District, Ningbo, Zhejiang, People's Republic of China ("Customer").

BACKGROUND

A. Provider operates the TideLine vessel-tracking data service, which combines satellite and terrestrial AIS positions, port-call records and estimated arrival times for container vessels, and makes them available through an application programming interface (the "API").

B. Customer is a freight forwarder that wants to show vessel positions and arrival estimates in its own booking and shipment-tracking system for its shippers.

C. At Customer's request, all fees under this Agreement are stated and payable in CNY.

1. DEFINITIONS

1.1 "Subscription Year" means each of the two consecutive annual periods of the Subscription Term. "Subscription Term" means the period from 1 June 2027 to 31 May 2029.

1.2 "Customer Data" means the shipment lists, container and booking numbers, vessel watch lists and any other data that Customer uploads to or queries through the API, and the query logs relating to them.

1.3 "Licensed Data" means the vessel positions, port calls, estimates and other data that Provider delivers through the API.

2. SERVICE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable right to call the API and to display Licensed Data in Customer's own systems and in reports and web pages made available to Customer's shippers for their own shipments.

2.2 The subscription includes up to 3,000,000 API calls per Subscription Year, coverage of all container vessels above 1,000 TEU, position updates at least every 15 minutes in coastal waters and every 60 minutes at sea, and technical support by e-mail and telephone.

2.3 Customer shall not resell Licensed Data as a data feed or use it to build a competing vessel-tracking service.

2.4 Provider may improve or change the API during the Subscription Term, provided that no change reduces the coverage or functions in Clause 2.2. Provider shall give at least 90 days' notice before retiring any API version used by Customer and shall keep the previous version running during that period.

2.5 Customer is responsible for its own systems and for keeping its API credentials secure, and shall tell Provider promptly if it suspects that credentials have been misused.

3. FEES AND PAYMENT

3.1 Fees (CNY, inclusive of VAT):

   Item                                          Amount (CNY)
   Subscription Fee, Subscription Year 1         384,000
   Subscription Fee, Subscription Year 2         384,000
   Total Contract Value                          768,000

3.2 The Subscription Fee of each Subscription Year is invoiced in four equal quarterly instalments of CNY 96,000, each at the start of the quarter, payable within 30 days after receipt of a valid fapiao issued by Provider's agent in Shanghai.

3.3 API calls above the annual allowance are charged at CNY 0.02 per call, invoiced quarterly in arrears. Such usage charges are not part of the Total Contract Value.

3.4 The fees are fixed for the Subscription Term.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall issue production API credentials, provide documentation and sample code, and build the field mapping from the TideLine schema to Customer's shipment-tracking system by 15 May 2027.

4.2 Customer shall test the API during a ten-day acceptance period. The API is accepted when (a) positions are returned for at least 98 % of a sample list of 200 vessels supplied by Customer; (b) arrival estimates are returned for all port calls of the sample at the ports of Ningbo, Shanghai, Singapore and Rotterdam; (c) average response time over 1,000 test calls is below 800 milliseconds; and (d) the field mapping loads correctly into Customer's system. Customer confirms acceptance in writing.

4.3 If Provider fails to make the accepted API available by the start of the Subscription Term for reasons attributable to Provider, Provider shall pay Customer CNY 800 for each day of delay, and the Subscription Term shall not be extended.

4.4 If any acceptance test fails, Provider shall correct the cause within five business days and Customer shall repeat the test. Use of the API in production before acceptance does not count as acceptance.

5. SERVICE LEVELS

5.1 Provider shall keep the API available at least 99.5 % of each calendar month, measured at Provider's gateway, excluding scheduled maintenance announced five days in advance and limited to six hours per month.

5.2 Support tickets are handled as follows: Priority 1 (API unavailable or returning no data) - response within 1 hour and restoration within 6 hours, at all times; Priority 2 (data delayed or incomplete for a region) - response within 2 hours during business hours; Priority 3 (questions) - response within 2 business days.

5.3 If monthly availability falls below 99.5 %, Customer receives a credit of 5 % of the quarterly instalment for each full 0.5 percentage point below the commitment, and 3 % for each Priority 1 incident not restored in time. Credits are deducted from the next invoice and may not exceed 50 % of a quarterly instalment.

5.4 Provider shall send Customer a monthly service report by the fifth business day of the following month, showing availability, average response time of the API, the number of calls used against the allowance, Priority 1 and Priority 2 tickets and their handling, and any credits due. Customer may ask for a review meeting each quarter to discuss data quality, coverage gaps and planned changes to the API. Provider shall name a technical account manager who speaks Mandarin as Customer's contact.

6. CUSTOMER DATA AND SECURITY

6.1 Customer Data belongs to Customer. Provider shall use Customer Data only to provide the API to Customer and shall not use it for any other purpose, including analytics, benchmarking or product development, or disclose it to any other customer.

6.2 Provider shall host Customer Data in a data centre in mainland China operated by a licensed cloud provider, encrypt it in transit and at rest, restrict access to named support staff with multi-factor authentication, and keep access logs for 180 days.

6.3 Provider shall notify Customer within 24 hours after becoming aware of any unauthorised access to or loss of Customer Data, take immediate containment measures, and compensate Customer for the losses caused by Provider's breach of this Clause 6.

6.4 At the end of the Subscription Term Provider shall delete Customer Data within 30 days and confirm the deletion in writing.

7. INTELLECTUAL PROPERTY

7.1 Provider and its licensors own the API, the TideLine platform and the Licensed Data.

7.2 The field mapping, integration scripts and report templates built by Provider for Customer under Clause 4.1 belong to Customer, which may use, modify and license them freely and hand them to any other provider.

8. LIABILITY

8.1 Each party's total liability under this Agreement is limited to 150 % of the Total Contract Value. The limit does not apply to breach of Clause 6, infringement claims or wilful misconduct.

8.2 Provider does not guarantee the accuracy of third-party AIS signals, but shall correct known data errors within two business days after notice.

8.3 Neither party is liable to the other for loss of profit or indirect loss, except for breach of Clause 6 or wilful misconduct.

9. SUBCONTRACTING AND ASSIGNMENT

9.1 Provider shall not subcontract the hosting or support of the API, or any processing of Customer Data, without Customer's prior written consent. Neither party may assign this Agreement without the other's written consent.

10. TERM AND TERMINATION

10.1 This Agreement runs for the Subscription Term and ends on 31 May 2029. It does not renew automatically; any renewal requires a new written agreement.

10.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice. Customer may also terminate if availability falls below 98 % in any two months of a Subscription Year.

10.3 On termination for Provider's breach, Provider shall refund the fees paid for the period after termination.

10.4 On expiry or termination Customer's right to call the API ends. Customer may keep and continue to use, for its own records and for its shippers' shipments, Licensed Data already displayed in shipment records before that date.

11. FORCE MAJEURE

11.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, including the failure of satellite or terrestrial AIS networks not operated by Provider, natural disasters or acts of government, provided it notifies the other party promptly and uses reasonable efforts to resume performance. Fees for any period in which the API is unavailable because of such an event are reduced pro rata.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Ningbo Arbitration Commission for arbitration in Ningbo.

13. GENERAL

13.1 This Agreement is the entire agreement of the parties on its subject. Changes must be in writing and signed by both parties. Notices shall be sent by courier or e-mail to the addresses above.

SIGNATURES

For Marianas Maritime Data LLC: ____________________ (name, title, date)

For Ningbo Haiyun Tong International Freight Forwarding Co., Ltd.: ____________________ (name, title, date)
"""

# ---------------------------------------------------------------- files
NAMES = {
    "h537z01": ("h537z01_trade_union_staff_service_platform.pdf", "pdf", "zh"),
    "h537z02": ("h537z02_tissue_mill_rewinder_control_retrofit.docx", "docx", "zh"),
    "h537z03": ("h537z03_burger_chain_scheduling_saas.txt", "txt", "zh"),
    "h537z04": ("h537z04_city_bus_dispatch_annual_om.txt", "txt", "zh"),
    "h537z05": ("h537z05_herbal_jelly_aps_supplier_template.md", "md", "zh"),
    "h537e01": ("h537e01_textile_plm_licence_dc_vendor.pdf", "pdf", "en"),
    "h537e02": ("h537e02_dental_clinic_saas_order_form_guam_vendor.md", "md", "en"),
    "h537e03": ("h537e03_cold_store_sensors_usvi_vendor.docx", "docx", "en"),
    "h537e04": ("h537e04_hotel_managed_service_desk_samoa_vendor.md", "md", "en"),
    "h537e05": ("h537e05_vessel_tracking_data_api_cnmi_vendor.txt", "txt", "en"),
}
SOURCES = {k: globals()[k.upper()] for k in NAMES}
TARGETS = {k: (n, kind) for k, (n, kind, _) in NAMES.items() if kind in ("docx", "pdf")}

# ---------------------------------------------------------------- labels
T = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
     "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
     "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
     "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# key: category, terms (in T order), extra (sla_clause, ld_stated, capped-or-None, deemed, value), fee base for TCO
L = {
    "h537z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.08, None, 20, True, True, 24, 8, False,
                             True, False, "PRC", G], (True, True, True, False, 1540000), 860000),
    "h537z02": ("hardware", [99.5, 1, True, "buyer", True, True, True, 0.08, None, 10, True, True, 18, 32, False,
                             True, False, "PRC", G], (True, True, True, False, 1340000), 1180000),
    "h537z03": ("cloud", [99.95, 0.25, True, "buyer", True, False, True, 600 / 714800 * 100, 6 / 36 * 100, None,
                          True, None, None, None, True, True, False, "PRC", S], (True, True, None, False, 714800), None),
    "h537z04": ("services", [None, 6, False, "buyer", True, True, True, 800 / 968000 * 100, None, None, True, None,
                             None, None, False, False, False, "PRC", S], (True, True, None, False, 968000), None),
    "h537z05": ("software", [None, None, False, "supplier", True, False, True, None, 20, 50, False, False, 6, None,
                             False, True, None, None, G], (False, False, False, True, 860000), 420000),
    "h537e01": ("software", [None, 1, True, "buyer", True, True, True, 1500 / 1920000 * 100, 150, 20, True, True, 24,
                             14, False, True, False, "District of Columbia", G], (True, True, True, False, 1920000),
                1296000),
    "h537e02": ("cloud", [99.95, 0.5, True, "buyer", True, True, True, 150 / 578000 * 100, 150, None, True, None,
                          None, None, False, True, True, "PRC", S], (True, True, None, False, 578000), None),
    "h537e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, 200, 10, True, True, 36, 9, False, True,
                             False, "PRC", G], (True, True, True, False, 931000), 816520),
    "h537e04": ("services", [None, 0.5, True, "buyer", False, True, True, 900 / 1468000 * 100,
                             300000 / 1468000 * 100, None, True, None, None, None, False, True, False, "PRC", S],
                (True, True, None, False, 1468000), None),
    "h537e05": ("cloud", [99.5, 1, True, "buyer", True, True, False, 800 / 768000 * 100, 150, None, True, None, None,
                          None, False, True, False, "PRC", S], (True, True, None, False, 768000), None),
}
DESIGN = {  # what I set out to write, per draft
    "h537z01": [],
    "h537z02": ["CR-POST-WARRANTY-FEE", "CR-SLA-AVAILABILITY", "CR-TCO-SERVICE-SHARE"],
    "h537z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"],
    "h537z04": ["CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TERMINATION"],
    "h537z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-WARRANTY"],
    "h537e01": ["CR-GOVERNING-LAW"],
    "h537e02": ["CR-LD-LOW", "CR-SUBCONTRACT"],
    "h537e03": [],
    "h537e04": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h537e05": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(t, x, base):
    """Policy §4: horizon 5 years from acceptance; post-warranty fee for each year after the warranty (pro rata)."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years_after = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years_after * t["post_warranty_fee_pct"] / 100 * base
    return fees / (x["contract_value"] + fees) * 100


def rules_from_label(t, x, base):
    """My own reading of policy.md §3 (not project code)."""
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
    if goods and (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                  or t["post_warranty_fee_pct"] > 15):
        r.add("CR-POST-WARRANTY-FEE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    share = tco_share(t, x, base)
    if share is not None and share > 40:
        r.add("CR-TCO-SERVICE-SHARE")
    return sorted(r)


def risk(rules):
    return "high" if set(rules) & HIGH else ("medium" if set(rules) - LOW else "low")


def label(key):
    cat, vals, (sla, ld_stated, capped, deemed, value), base = L[key]
    terms = dict(zip(T, vals))
    extra = {"sla_clause": sla, "ld_stated": ld_stated}
    if terms["contract_kind"] == G:
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    rules = rules_from_label(terms, extra, base)
    return {"file": NAMES[key][0], "language": NAMES[key][2], "category": cat, "expected_terms": terms,
            "expected_extra": extra, "expected_rules": rules}


# ---------------------------------------------------------------- thresholds in the text
ZN = "零〇一二三四五六七八九十百"
BANNED = [
    r"99\.90*(?!\d)", r"(?<![\d.])4\s*(?:个)?\s*(?:小时|hours?|hrs?\b|h\b)", r"(?<![\d.])4\s*(?:business|working)\s*hours?",
    rf"(?<![{ZN}])四\s*个?\s*小时", r"\bfour[\s-]*(?:business\s*|working\s*)?hours?", r"(?<![\d.])240\s*(?:分钟|minutes?)",
    r"(?<![\d.])0\.050*\s*(?:%|percent|per\s*cent)", r"万分之五(?![十百\d])", r"千分之零点五",
    r"(?<![\d.])100(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之百", r"hundred\s*per\s*cent|hundred\s*percent",
    r"(?<![\d.])30(?:\.0+)?\s*(?:%|percent|per\s*cent)", rf"百分之三十(?![一二三四五六七八九])", r"三成",
    r"\bthirty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])12\s*(?:个月|months?)", r"(?<![\d.])12[\s-]*month", r"(?<![十])十二\s*个月", r"一年", r"\btwelve[\s-]*months?",
    r"\bone[\s-]*years?\b", r"(?<![\d.])1[\s-]*years?\b",
    r"(?<![\d.])15(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之十五(?![一二三四五六七八九])", r"\bfifteen\s*(?:per\s*cent|percent)",
    r"(?<![\d.])40(?:\.0+)?\s*(?:%|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"四成", r"\bforty\s*(?:per\s*cent|percent)",
    r"(?<![\d.])5\s*(?:个)?\s*(?:年|years?\b)", r"(?<![\d.])5[\s-]*year", rf"(?<![{ZN}])五\s*年", r"\bfive[\s-]*years?",
    r"(?<![\d.])60\s*(?:个)?\s*(?:月|months?)", r"六十\s*个\s*月", r"\bsixty\s*months?",
]
BANNED_RE = [re.compile(p, re.I) for p in BANNED]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "四个小时", "four hours", "4 hours", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "一年",
            "twelve months", "one year", "12 months", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years",
            "60 months", "60个月", "4 business hours", "12-month", "5-year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "2027年", "万分之五十",
             "服务年度", "Subscription Year", "14 %", "35%", "45%", "0.055%", "百分之三十五", "二十四个月", "36 months",
             "15 days", "30 days", "60 seconds", "160 %", "第一个服务年度", "二〇二五年", "600米", "1,500 for each day"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in BANNED_RE:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def self_test():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    self_test()
    write(SOURCES, TARGETS, OUT, wrap_words=True)
    for key, (name, kind, _) in NAMES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[key], encoding="utf-8")
    covered, problems = set(), []
    for key, (name, kind, lang) in NAMES.items():
        lab = label(key)
        assert lab["expected_rules"] == sorted(DESIGN[key]), (key, lab["expected_rules"], DESIGN[key])
        covered |= set(lab["expected_rules"])
        t = lab["expected_terms"]
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            assert t[k] is None or abs(t[k] - thr) > 1e-9, (key, k)
        share = tco_share(t, lab["expected_extra"], L[key][3])
        assert share is None or abs(share - 40) > 2, (key, share)
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, indent=1, ensure_ascii=False), encoding="utf-8")
        text = read_back(OUT / name)
        for src_text in (text, SOURCES[key]):
            h = hits(src_text)
            if h:
                problems.append((key, h))
        if lang == "zh":
            n, n2 = len(text), len(re.sub(r"\s", "", text))
            ok = 2750 <= n <= 3000
            print(f"{name}: {n} chars ({n2} without whitespace) {'OK' if ok else 'OUT OF RANGE'}")
        else:
            n = len(text.split())
            ok = 1450 <= n <= 1650
            print(f"{name}: {n} words {'OK' if ok else 'OUT OF RANGE'}")
        if not ok:
            problems.append((key, "length", n))
        print("   rules:", ", ".join(lab["expected_rules"]) or "(none)", "| risk:", risk(lab["expected_rules"]),
              "| TCO share:", None if share is None else round(share, 2))
    assert covered == set(ALL_RULES), set(ALL_RULES) - covered
    print("all 20 rules covered")
    if problems:
        print("PROBLEMS:", problems)
        sys.exit(1)


if __name__ == "__main__":
    main()
